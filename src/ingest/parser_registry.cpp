#include "ingest/parser_registry.hpp"

#include "ingest/addendum_parser.hpp"
#include "ingest/rectrack_jsonl_parser.hpp"
#include "ingest/thematic_list_parser.hpp"
#include "ingest/upr_info_csv_parser.hpp"
#include "ingest/working_group_report_parser.hpp"

namespace rectrack {

std::vector<std::unique_ptr<DocumentParser>> make_parsers(const StateDirectory& states) {
    std::vector<std::unique_ptr<DocumentParser>> parsers;
    parsers.push_back(std::make_unique<UprInfoCsvParser>(states));
    parsers.push_back(std::make_unique<RectrackJsonlParser>(states));
    parsers.push_back(std::make_unique<ThematicListParser>(states));
    // Before the report parser, which takes any PDF: an addendum's cover also names the working-group report.
    parsers.push_back(std::make_unique<AddendumParser>(states));
    parsers.push_back(std::make_unique<WorkingGroupReportParser>(states));
    return parsers;
}

}  // namespace rectrack
