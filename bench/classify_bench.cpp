// Issue and action-category classifiers on later sessions no training data covers: trained on UPR Info
// sessions 1-13 (1-5.csv, 6-9.csv, 10-13.csv), scored row by row on sessions 14-17 (14-17.csv) beside the
// fastText command-line tool at default-like settings (word bigrams, 25 epochs, one-vs-all, threshold 0.3),
// then classification speed on one core.
#include <unistd.h>

#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "ingest/csv_reader.hpp"
#include "ingest/state_normaliser.hpp"
#include "ingest/text_encoding.hpp"
#include "ingest/upr_info_csv_parser.hpp"
#include "nlp/recommendation_classifier.hpp"
#include "nlp/word_tokens.hpp"

namespace {

using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

struct Row {
    std::string text;
    std::set<std::string> issues;
    std::string action;
};

std::string read_bytes(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return std::move(bytes).str();
}

std::string trimmed(const std::string& s) {
    const auto first = s.find_first_not_of(" \t\n");
    if (first == std::string::npos) return {};
    return s.substr(first, s.find_last_not_of(" \t\n") - first + 1);
}

// Every data row of a UPR Info export with its issues and action category (pledges left out).
std::vector<Row> read_rows(const fs::path& path) {
    const std::string text = rectrack::to_utf8(read_bytes(path));
    rectrack::CsvReader reader(text);
    std::vector<std::string> fields;
    std::vector<Row> rows;
    (void)reader.next(fields);
    while (true) {
        auto more = reader.next(fields);
        if (!more.ok() || !*more) break;
        if (fields.size() != 11 || fields[7] == "Voluntary Pledge") continue;
        Row row{rectrack::decode_html_entities(trimmed(fields[3])), {}, trimmed(fields[8])};
        std::stringstream issues(fields[9]);
        for (std::string issue; std::getline(issues, issue, ',');) {
            if (!trimmed(issue).empty()) row.issues.insert(trimmed(issue));
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

struct Scores {
    double micro_f1 = 0;
    double macro_f1 = 0;
    double action_accuracy = 0;
};

// Micro-F1 over every (row, issue) decision; macro-F1 averaged over the issues the test rows carry.
Scores score(const std::vector<Row>& gold, const std::vector<std::set<std::string>>& issues,
             const std::vector<std::string>& actions) {
    std::map<std::string, std::array<long, 3>> counts;  // true positives, false positives, false negatives
    long actions_right = 0;
    long actions_total = 0;
    for (std::size_t i = 0; i < gold.size(); ++i) {
        if (!gold[i].issues.empty()) {
            for (const auto& issue : issues[i]) ++counts[issue][gold[i].issues.contains(issue) ? 0 : 1];
            for (const auto& issue : gold[i].issues) {
                if (!issues[i].contains(issue)) ++counts[issue][2];
            }
        }
        if (!gold[i].action.empty()) {
            ++actions_total;
            if (actions[i] == gold[i].action) ++actions_right;
        }
    }
    long tp = 0;
    long fp = 0;
    long fn = 0;
    double macro = 0;
    int labels = 0;
    for (const auto& [issue, c] : counts) {
        tp += c[0];
        fp += c[1];
        fn += c[2];
        if (c[0] + c[2] == 0) continue;
        macro += 2.0 * static_cast<double>(c[0]) / static_cast<double>(2 * c[0] + c[1] + c[2]);
        ++labels;
    }
    Scores scores;
    scores.micro_f1 = 2.0 * static_cast<double>(tp) / static_cast<double>(2 * tp + fp + fn);
    scores.macro_f1 = labels > 0 ? macro / labels : 0;
    scores.action_accuracy =
        actions_total > 0 ? static_cast<double>(actions_right) / static_cast<double>(actions_total) : 0;
    return scores;
}

std::string plain_words(const std::string& text) {
    std::string joined;
    for (const auto& word : rectrack::word_tokens(text)) joined += word + ' ';
    return joined;
}

// The fastText command-line tool trained on the same rows, as anyone would run it first.
Scores fasttext_baseline(const std::vector<Row>& train, const std::vector<Row>& test, const fs::path& work) {
    std::map<std::string, int> index;
    std::vector<std::string> names;
    const auto id = [&](const std::string& name) {
        auto [it, inserted] = index.emplace(name, static_cast<int>(names.size()));
        if (inserted) names.push_back(name);
        return "__label__" + std::to_string(it->second);
    };
    {
        std::ofstream issues(work / "baseline_issues.txt");
        std::ofstream actions(work / "baseline_actions.txt");
        std::ofstream test_text(work / "baseline_test.txt");
        for (const auto& row : train) {
            if (!row.issues.empty()) {
                for (const auto& issue : row.issues) issues << id(issue) << ' ';
                issues << plain_words(row.text) << '\n';
            }
            if (!row.action.empty()) actions << "__label__" << row.action << ' ' << plain_words(row.text) << '\n';
        }
        for (const auto& row : test) test_text << plain_words(row.text) << '\n';
    }
    const std::string dir = work.string();
    const std::string train_issues = "fasttext supervised -input " + dir + "/baseline_issues.txt -output " + dir +
                                     "/baseline_issues -wordNgrams 2 -epoch 25 -loss ova -thread 2 -verbose 0";
    const std::string train_actions = "fasttext supervised -input " + dir + "/baseline_actions.txt -output " + dir +
                                      "/baseline_actions -wordNgrams 2 -epoch 25 -thread 2 -verbose 0";
    const std::string predict_issues = "fasttext predict " + dir + "/baseline_issues.bin " + dir +
                                       "/baseline_test.txt -1 0.3 > " + dir + "/baseline_issues.out";
    const std::string predict_actions = "fasttext predict " + dir + "/baseline_actions.bin " + dir +
                                        "/baseline_test.txt 1 > " + dir + "/baseline_actions.out";
    for (const auto& command : {train_issues, train_actions, predict_issues, predict_actions}) {
        if (std::system(command.c_str()) != 0) {
            std::fprintf(stderr, "baseline skipped: '%s' failed (is the Debian package fasttext installed?)\n",
                         command.c_str());
            return {};
        }
    }
    std::vector<std::set<std::string>> issues;
    std::vector<std::string> actions;
    std::ifstream issue_lines(work / "baseline_issues.out");
    std::ifstream action_lines(work / "baseline_actions.out");
    for (std::string line; std::getline(issue_lines, line);) {
        std::set<std::string> predicted;
        std::stringstream labels(line);
        for (std::string label; labels >> label;) predicted.insert(names.at(std::stoul(label.substr(9))));
        issues.push_back(std::move(predicted));
    }
    for (std::string line; std::getline(action_lines, line);) actions.push_back(line.substr(9));
    if (issues.size() != test.size() || actions.size() != test.size()) {
        std::fprintf(stderr, "baseline skipped: fastText predicted %zu/%zu lines for %zu rows\n", issues.size(),
                     actions.size(), test.size());
        return {};
    }
    return score(test, issues, actions);
}

}  // namespace

int main(int argc, char** argv) {
    const fs::path data = argc > 1 ? argv[1] : "../shared/data/upr-info";
    const fs::path work = fs::temp_directory_path() / ("rectrack_classify_bench_" + std::to_string(::getpid()));
    fs::create_directories(work);
    const auto& states = rectrack::StateNormaliser::builtin();
    const rectrack::UprInfoCsvParser parser(states);
    std::vector<rectrack::Recommendation> training;
    std::vector<Row> train_rows;
    for (const char* name : {"1-5.csv", "6-9.csv", "10-13.csv"}) {
        if (!fs::exists(data / name)) {
            std::fprintf(stderr, "classify_bench: %s is missing\n", (data / name).c_str());
            return 1;
        }
        auto batch = parser.parse({name, read_bytes(data / name)});
        if (!batch.ok()) return 1;
        for (auto& review : batch->reviews) {
            for (auto& rec : review.recommendations) training.push_back(std::move(rec));
        }
        auto rows = read_rows(data / name);
        train_rows.insert(train_rows.end(), rows.begin(), rows.end());
    }
    const auto test = read_rows(data / "14-17.csv");

    auto start = Clock::now();
    auto manifest = rectrack::RecommendationClassifier::train(training, (work / "model").string(), {});
    if (!manifest.ok()) {
        std::fprintf(stderr, "training failed: %s\n", manifest.error().message_id.c_str());
        return 1;
    }
    const double training_seconds = std::chrono::duration<double>(Clock::now() - start).count();
    auto classifier = rectrack::RecommendationClassifier::load((work / "model").string());
    if (!classifier.ok()) return 1;

    std::vector<std::set<std::string>> issues(test.size());
    std::vector<std::string> actions(test.size());
    double best_seconds = 1e9;
    for (int run = 0; run < 3; ++run) {
        start = Clock::now();
        for (std::size_t i = 0; i < test.size(); ++i) {
            issues[i].clear();
            for (const auto& label : classifier->classify(test[i].text)) {
                if (label.kind == rectrack::LabelKind::issue) issues[i].insert(label.value);
                if (label.kind == rectrack::LabelKind::action_category) actions[i] = label.value;
            }
        }
        best_seconds = std::min(best_seconds, std::chrono::duration<double>(Clock::now() - start).count());
    }
    const auto ours = score(test, issues, actions);
    const auto baseline = fasttext_baseline(train_rows, test, work);

    std::printf("classification: train sessions 1-13 (%zu recommendations, %zu rows), test sessions 14-17 (%zu rows)\n",
                training.size(), train_rows.size(), test.size());
    std::printf("  %-34s %9s %9s %9s\n", "", "issues", "issues", "action");
    std::printf("  %-34s %9s %9s %9s\n", "", "micro-F1", "macro-F1", "accuracy");
    std::printf("  %-34s %9.3f %9.3f %9.3f\n", "rectrack (fastText + first verb)", ours.micro_f1, ours.macro_f1,
                ours.action_accuracy);
    std::printf("  %-34s %9.3f %9.3f %9.3f\n", "fastText CLI, default-like", baseline.micro_f1, baseline.macro_f1,
                baseline.action_accuracy);
    std::printf("  %-34s %9.3f %9.3f %9.3f\n", "target", 0.91, 0.85, 0.94);
    std::printf("  training: %.1f s on one thread; classifying: %.0f recommendations/s on one core\n", training_seconds,
                static_cast<double>(test.size()) / best_seconds);
    fs::remove_all(work);
    return 0;
}
