#include "ingest/working_group_report_parser.hpp"

#include <algorithm>

#include "domain/mechanism.hpp"
#include "ingest/chapeau_position.hpp"
#include "ingest/conclusions_section.hpp"
#include "ingest/report_front_matter.hpp"
#include "ingest/report_text_cleaner.hpp"
#include "ingest/state_list_parser.hpp"

namespace rectrack {

namespace {

constexpr std::size_t pdf_header_window = 1024;

Error report_error(std::string id, const InputFile& file, int page) {
    return make_error(ErrorCode::invalid_input, std::move(id))
        .with("file", file.name)
        .with("page", std::to_string(page));
}

Result<const State*> state_under_review(const StateDirectory& states, const ReportFrontMatter& front,
                                        const InputFile& file) {
    for (const auto& name : front.state_candidates) {
        if (auto state = states.resolve(name); state.ok()) return *state;
    }
    return report_error("report.unknown_state", file, 1)
        .with("name", front.state_candidates.empty() ? std::string{} : front.state_candidates.front())
        .with("detail", "state under review");
}

Result<Recommendation> read_item(const ReportItem& item, const ReportTextCleaner& text, const StateListParser& lists,
                                 const InputFile& file) {
    const auto printed = text.join(item.lines);
    auto texts = lists.split(printed);
    if (!texts.ok()) {
        return report_error(texts.error().message_id, file, item.page)
            .with("paragraph", item.paragraph)
            .with("name", texts.error().arg("name"))
            .with("detail", printed);
    }
    if (texts->empty()) {
        return report_error("report.empty_recommendation", file, item.page).with("paragraph", item.paragraph);
    }
    Recommendation recommendation;
    recommendation.paragraph = item.paragraph;
    recommendation.source_key = item.paragraph;
    recommendation.page = item.page;
    recommendation.kind = RecommendationKind::recommendation;
    recommendation.texts = std::move(texts).value();
    return recommendation;
}

Result<std::vector<Recommendation>> read_recommendations(const ConclusionsSection& section,
                                                         const ReportTextCleaner& text, const StateListParser& lists,
                                                         const InputFile& file) {
    std::vector<Recommendation> recommendations;
    for (const auto& paragraph : section.paragraphs()) {
        const auto chapeau = text.join(paragraph.chapeau);
        const auto position = chapeau_position(chapeau);
        for (const auto& item : paragraph.items) {
            auto recommendation = read_item(item, text, lists, file);
            if (!recommendation.ok()) return recommendation.error();
            recommendation->position = position;
            recommendation->position_explanation = chapeau;
            recommendations.push_back(std::move(recommendation).value());
        }
    }
    return recommendations;
}

}  // namespace

bool WorkingGroupReportParser::recognises(const InputFile& file) const {
    return std::string_view(file.bytes).substr(0, pdf_header_window).find("%PDF-") != std::string_view::npos;
}

Result<ImportBatch> WorkingGroupReportParser::parse(const InputFile& file) const {
    auto pdf = PdfText::extract(file, limits_);
    if (!pdf.ok()) return pdf.error();
    const ReportTextCleaner text(*pdf);
    auto front = ReportFrontMatter::read(*pdf, text, file);
    if (!front.ok()) return front.error();
    if (front->addendum) {
        return report_error("report.is_addendum", file, 1)
            .with("symbol", front->symbol)
            .with("detail", "the State's responses to a report; import it with --format upr-addendum-pdf");
    }
    auto state = state_under_review(states_, *front, file);
    if (!state.ok()) return state.error();
    const auto section = ConclusionsSection::find(text.lines());
    if (!section) {
        return report_error("report.no_recommendations_section", file, pdf->page_count())
            .with("detail", "no \"Conclusions and/or recommendations\" heading");
    }
    auto recommendations = read_recommendations(*section, text, StateListParser(states_), file);
    if (!recommendations.ok()) return recommendations.error();
    if (recommendations->empty()) {
        return report_error("report.no_recommendations", file, pdf->page_count())
            .with("detail", "no numbered recommendation under \"Conclusions and/or recommendations\"");
    }

    SourceDocument document{0, front->symbol, DocumentKind::working_group_report, file.name, {}, pdf->page_count(), {}};
    Review review;
    review.state_code = (*state)->code;
    review.mechanism = "UPR";
    review.session = front->session;
    review.cycle = upr_cycle_of_session(front->session);
    review.dialogue_date = front->dialogue_date;
    review.adoption_date = front->adoption_date;
    review.document_symbol = front->symbol;
    return single_review_batch(std::move(document), std::move(review), std::move(recommendations).value());
}

}  // namespace rectrack
