#include "http/progress_handlers.hpp"

#include <sodium.h>

#include "http/failed_step.hpp"
#include "http/json_body.hpp"
#include "http/query_params.hpp"
#include "http/request_actor.hpp"
#include "service/compute_progress_snapshot.hpp"
#include "service/plan_json.hpp"
#include "service/recommendation_timeline.hpp"
#include "service/record_progress.hpp"
#include "service/report_overdue.hpp"
#include "service/review_progress.hpp"

namespace rectrack {

namespace {

Result<std::string> base64_decoded(const std::string& file, const std::string& text) {
    std::string bytes(text.size() / 4 * 3 + 3, '\0');
    std::size_t length = 0;
    if (sodium_base642bin(reinterpret_cast<unsigned char*>(bytes.data()), bytes.size(), text.data(), text.size(),
                          " \r\n", &length, nullptr, sodium_base64_VARIANT_ORIGINAL) != 0) {
        return make_error(ErrorCode::invalid_input, "evidence.bad_upload").with("file", file);
    }
    bytes.resize(length);
    return bytes;
}

Result<std::vector<EvidenceUpload>> uploads_of(const nlohmann::json& body) {
    std::vector<EvidenceUpload> uploads;
    const auto found = body.find("evidence");
    if (found == body.end() || found->is_null()) return uploads;
    if (!found->is_array()) return bad_body("evidence must be an array of {file_name, content_base64}");
    for (const auto& item : *found) {
        if (!item.is_object() || !item.contains("file_name") || !item.at("file_name").is_string() ||
            !item.contains("content_base64") || !item.at("content_base64").is_string()) {
            return bad_body("evidence must be an array of {file_name, content_base64}");
        }
        const auto name = item.at("file_name").get<std::string>();
        auto bytes = base64_decoded(name, item.at("content_base64").get<std::string>());
        if (!bytes.ok()) return bytes.error();
        uploads.push_back({name, std::move(bytes.value())});
    }
    return uploads;
}

Result<ProgressReport> report_of(const HttpRequest& request) {
    auto rec = path_id(request, 0, "recommendation");
    if (!rec.ok()) return rec.error();
    auto body = JsonBody::of(request);
    if (!body.ok()) return body.error();
    ProgressReport report;
    report.recommendation_id = *rec;
    auto institution = body->required_text("institution");
    if (!institution.ok()) return institution.error();
    report.institution_code = *institution;
    auto status_text = body->required_text("status");
    if (!status_text.ok()) return status_text.error();
    auto status = implementation_status_from_string(*status_text);
    if (!status) return bad_body("status " + *status_text + " is not an implementation status");
    report.status = *status;
    auto narratives = body->localized("narratives");
    if (!narratives.ok()) return narratives.error();
    report.narratives = *narratives;
    auto date = body->text("date");
    if (!date.ok()) return date.error();
    report.date = date->value_or("");
    auto uploads = uploads_of(body->json());
    if (!uploads.ok()) return uploads.error();
    report.evidence = std::move(uploads.value());
    return report;
}

}  // namespace

HttpResponse record_progress(const ApiContext& context, const HttpRequest& request) {
    HttpResponse response;
    auto report = report_of(request);
    if (failed(report, context, request, response)) return response;
    if (context.evidence == nullptr) {
        return error_response(make_error(ErrorCode::unavailable, "evidence.cannot_store")
                                  .with("file", "-")
                                  .with("detail", "this server has no evidence directory"),
                              request, context.messages);
    }
    auto store = context.stores.acquire();
    if (failed(store, context, request, response)) return response;
    auto update = RecordProgress(**store, *context.evidence).run(request_actor(request), *report);
    if (failed(update, context, request, response)) return response;
    return json_response(progress_update_json(*update), 201);
}

HttpResponse list_progress(const ApiContext& context, const HttpRequest& request) {
    HttpResponse response;
    auto rec = path_id(request, 0, "recommendation");
    if (failed(rec, context, request, response)) return response;
    auto store = context.stores.acquire();
    if (failed(store, context, request, response)) return response;
    auto exists = (*store)->recommendations().get(*rec);
    if (failed(exists, context, request, response)) return response;
    auto updates = (*store)->progress().for_recommendation(*rec);
    if (failed(updates, context, request, response)) return response;
    nlohmann::json items = nlohmann::json::array();
    for (const auto& update : *updates) items.push_back(progress_update_json(update));
    return json_response({{"items", items}});
}

HttpResponse review_progress(const ApiContext& context, const HttpRequest& request) {
    HttpResponse response;
    auto id = path_id(request, 0, "progress_update");
    if (failed(id, context, request, response)) return response;
    auto body = JsonBody::of(request);
    if (failed(body, context, request, response)) return response;
    ProgressDecision decision;
    decision.update_id = *id;
    auto version = body->required_integer("version");
    if (failed(version, context, request, response)) return response;
    decision.expected_version = *version;
    auto verdict = body->required_text("decision");
    if (failed(verdict, context, request, response)) return response;
    if (*verdict != "accept" && *verdict != "return") {
        return error_response(bad_body("decision must be accept or return"), request, context.messages);
    }
    decision.accept = *verdict == "accept";
    auto comment = body->text("comment");
    if (failed(comment, context, request, response)) return response;
    decision.comment = comment->value_or("");
    auto store = context.stores.acquire();
    if (failed(store, context, request, response)) return response;
    auto reviewed = ReviewProgress(**store).run(request_actor(request), decision);
    if (reviewed.ok()) return json_response(progress_update_json(*reviewed));
    if (reviewed.error().code != ErrorCode::conflict) {
        return error_response(reviewed.error(), request, context.messages);
    }
    auto current = (*store)->progress().get(*id);
    if (failed(current, context, request, response)) return response;
    return conflict_response(reviewed.error(), progress_update_json(*current), request, context.messages);
}

HttpResponse progress_snapshot(const ApiContext& context, const HttpRequest& request) {
    HttpResponse response;
    auto review = path_id(request, 0, "review");
    if (failed(review, context, request, response)) return response;
    auto params = QueryParams::of(request, {"as_of"});
    if (failed(params, context, request, response)) return response;
    auto store = context.stores.acquire();
    if (failed(store, context, request, response)) return response;
    auto snapshot = ComputeProgressSnapshot(**store).run(*review, params->text("as_of").value_or(""));
    if (failed(snapshot, context, request, response)) return response;
    return json_response(progress_snapshot_json(*snapshot));
}

HttpResponse overdue_report(const ApiContext& context, const HttpRequest& request) {
    HttpResponse response;
    auto params = QueryParams::of(request, {"days", "as_of"});
    if (failed(params, context, request, response)) return response;
    auto days = params->integer("days");
    if (failed(days, context, request, response)) return response;
    auto store = context.stores.acquire();
    if (failed(store, context, request, response)) return response;
    auto report = ReportOverdue(**store).run(params->text("as_of").value_or(""),
                                             static_cast<int>(days->value_or(ReportOverdue::default_days)));
    if (failed(report, context, request, response)) return response;
    return json_response(overdue_report_json(*report));
}

HttpResponse recommendation_timeline(const ApiContext& context, const HttpRequest& request) {
    HttpResponse response;
    auto rec = path_id(request, 0, "recommendation");
    if (failed(rec, context, request, response)) return response;
    auto store = context.stores.acquire();
    if (failed(store, context, request, response)) return response;
    auto events = RecommendationTimeline(**store).run(*rec);
    if (failed(events, context, request, response)) return response;
    nlohmann::json items = nlohmann::json::array();
    for (const auto& event : *events) items.push_back(audit_event_json(event));
    return json_response({{"recommendation_id", *rec}, {"events", items}});
}

}  // namespace rectrack
