#include "report/csv_export_writer.hpp"

#include <string>
#include <vector>

namespace rectrack {

namespace {

void put_field(std::ostream& out, std::string_view value, bool last = false) {
    if (value.find_first_of(",\"\r\n") == std::string_view::npos) {
        out << value;
    } else {
        out << '"';
        for (const char c : value) {
            if (c == '"') out << '"';
            out << c;
        }
        out << '"';
    }
    out << (last ? "\r\n" : ",");
}

std::string join(const std::vector<std::string>& items, std::string_view separator) {
    std::string joined;
    for (const auto& item : items) {
        if (!joined.empty()) joined += separator;
        joined += item;
    }
    return joined;
}

std::string labels_of(const Recommendation& rec, LabelKind kind) {
    std::vector<std::string> values;
    for (const auto& label : rec.labels) {
        if (label.kind == kind) values.push_back(label.value);
    }
    return join(values, "; ");
}

}  // namespace

CsvExportWriter::CsvExportWriter(std::ostream& out, const StateDirectory& states) : out_(out), states_(states) {
    out_ << "state_under_review,mechanism,cycle,session,paragraph,kind,text,recommending_states,position,"
            "issues,action_category,themes,sdg_targets,affected_groups,source_document,page\r\n";
}

void CsvExportWriter::write(const Review& review, const Recommendation& rec, const SourceDocument* source) {
    std::vector<std::string> texts;
    for (const auto& t : rec.texts) texts.push_back(t.text);
    std::vector<std::string> state_names;
    for (const auto& code : rec.recommending_states()) state_names.push_back(states_.name_of(code));
    put_field(out_, states_.name_of(review.state_code));
    put_field(out_, review.mechanism);
    put_field(out_, std::to_string(review.cycle));
    put_field(out_, std::to_string(review.session));
    put_field(out_, rec.paragraph);
    put_field(out_, to_string(rec.kind));
    put_field(out_, join(texts, " / "));
    put_field(out_, join(state_names, "; "));
    put_field(out_, rec.position ? to_string(*rec.position) : "");
    put_field(out_, labels_of(rec, LabelKind::issue));
    put_field(out_, labels_of(rec, LabelKind::action_category));
    put_field(out_, labels_of(rec, LabelKind::theme));
    put_field(out_, labels_of(rec, LabelKind::sdg_target));
    put_field(out_, labels_of(rec, LabelKind::affected_group));
    put_field(out_, source == nullptr ? "" : (source->symbol.empty() ? source->file_name : source->symbol));
    put_field(out_, std::to_string(rec.page), true);
}

}  // namespace rectrack
