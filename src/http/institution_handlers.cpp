#include "http/institution_handlers.hpp"

#include "http/json_body.hpp"
#include "http/json_response.hpp"
#include "http/query_params.hpp"
#include "http/request_actor.hpp"
#include "service/add_institution.hpp"
#include "service/list_institutions.hpp"
#include "service/merge_institutions.hpp"
#include "service/plan_json.hpp"
#include "service/rename_institution.hpp"

namespace rectrack {

HttpResponse list_institutions(const ApiContext& context, const HttpRequest& request) {
    auto store = context.stores.acquire();
    if (!store.ok()) return error_response(store.error(), request, context.messages);
    auto institutions = ListInstitutions(**store).run();
    if (!institutions.ok()) return error_response(institutions.error(), request, context.messages);
    nlohmann::json items = nlohmann::json::array();
    for (const auto& institution : *institutions) items.push_back(institution_json(institution));
    return json_response({{"items", items}});
}

HttpResponse add_institution(const ApiContext& context, const HttpRequest& request) {
    auto body = JsonBody::of(request);
    if (!body.ok()) return error_response(body.error(), request, context.messages);
    NewInstitution wanted;
    auto code = body->required_text("code");
    if (!code.ok()) return error_response(code.error(), request, context.messages);
    wanted.code = *code;
    auto names = body->localized("names");
    if (!names.ok()) return error_response(names.error(), request, context.messages);
    wanted.names = *names;
    auto parent = body->text("parent");
    if (!parent.ok()) return error_response(parent.error(), request, context.messages);
    wanted.parent_code = parent->value_or("");
    auto store = context.stores.acquire();
    if (!store.ok()) return error_response(store.error(), request, context.messages);
    auto created = AddInstitution(**store).run(request_actor(request), wanted);
    if (!created.ok()) return error_response(created.error(), request, context.messages);
    return json_response(institution_json(*created), 201);
}

HttpResponse rename_institution(const ApiContext& context, const HttpRequest& request) {
    auto id = path_id(request, 0, "institution");
    if (!id.ok()) return error_response(id.error(), request, context.messages);
    auto body = JsonBody::of(request);
    if (!body.ok()) return error_response(body.error(), request, context.messages);
    auto version = body->required_integer("version");
    if (!version.ok()) return error_response(version.error(), request, context.messages);
    auto names = body->localized("names");
    if (!names.ok()) return error_response(names.error(), request, context.messages);
    auto store = context.stores.acquire();
    if (!store.ok()) return error_response(store.error(), request, context.messages);
    auto renamed = RenameInstitution(**store).run(request_actor(request), *id, *version, *names);
    if (!renamed.ok()) {
        if (renamed.error().code != ErrorCode::conflict) {
            return error_response(renamed.error(), request, context.messages);
        }
        auto current = (*store)->institutions().get(*id);
        if (!current.ok()) return error_response(current.error(), request, context.messages);
        return conflict_response(renamed.error(), institution_json(*current), request, context.messages);
    }
    return json_response(institution_json(*renamed));
}

HttpResponse merge_institutions(const ApiContext& context, const HttpRequest& request) {
    auto body = JsonBody::of(request);
    if (!body.ok()) return error_response(body.error(), request, context.messages);
    auto from = body->required_text("from");
    if (!from.ok()) return error_response(from.error(), request, context.messages);
    auto into = body->required_text("into");
    if (!into.ok()) return error_response(into.error(), request, context.messages);
    auto store = context.stores.acquire();
    if (!store.ok()) return error_response(store.error(), request, context.messages);
    auto merged = MergeInstitutions(**store).run(request_actor(request), *from, *into);
    if (!merged.ok()) return error_response(merged.error(), request, context.messages);
    return json_response({{"merged", institution_json(merged->merged)}, {"into", institution_json(merged->survivor)}});
}

}  // namespace rectrack
