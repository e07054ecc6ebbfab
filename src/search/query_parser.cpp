#include "search/query_parser.hpp"

#include <string>
#include <vector>

#include "search/text_analyzer.hpp"

namespace rectrack {

namespace {

struct Lexeme {
    enum class Kind { word, prefix, phrase, open, close, op_and, op_or, op_not };
    Kind kind = Kind::word;
    std::string text;
    std::size_t position = 0;  // 1-based
};

Error error_at(std::string message_id, std::size_t position) {
    return make_error(ErrorCode::invalid_input, std::move(message_id)).with("position", std::to_string(position));
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool is_delimiter(char c) { return is_space(c) || c == '(' || c == ')' || c == '"'; }

Result<std::vector<Lexeme>> lex(std::string_view query) {
    std::vector<Lexeme> lexemes;
    std::size_t at = 0;
    while (at < query.size()) {
        const char c = query[at];
        const std::size_t position = at + 1;
        if (is_space(c)) {
            ++at;
        } else if (c == '(') {
            lexemes.push_back({Lexeme::Kind::open, "(", position});
            ++at;
        } else if (c == ')') {
            lexemes.push_back({Lexeme::Kind::close, ")", position});
            ++at;
        } else if (c == '"') {
            const auto close = query.find('"', at + 1);
            if (close == std::string_view::npos) return error_at("search.unbalanced_quote", position);
            lexemes.push_back({Lexeme::Kind::phrase, std::string(query.substr(at + 1, close - at - 1)), position});
            at = close + 1;
        } else if (c == '-' && at + 1 < query.size() && !is_space(query[at + 1]) && query[at + 1] != ')') {
            lexemes.push_back({Lexeme::Kind::op_not, "-", position});
            ++at;
        } else {
            std::size_t end = at;
            while (end < query.size() && !is_delimiter(query[end])) ++end;
            std::string word(query.substr(at, end - at));
            at = end;
            if (word == "AND") {
                lexemes.push_back({Lexeme::Kind::op_and, word, position});
            } else if (word == "OR") {
                lexemes.push_back({Lexeme::Kind::op_or, word, position});
            } else if (word == "NOT") {
                lexemes.push_back({Lexeme::Kind::op_not, word, position});
            } else if (word.size() > 1 && word.back() == '*') {
                word.pop_back();
                lexemes.push_back({Lexeme::Kind::prefix, word, position});
            } else {
                lexemes.push_back({Lexeme::Kind::word, word, position});
            }
        }
    }
    return lexemes;
}

class Parser {
 public:
    explicit Parser(std::vector<Lexeme> lexemes) : lexemes_(std::move(lexemes)) {}

    Result<QueryNode> parse() {
        auto node = parse_or(0);
        if (!node.ok()) return node;
        if (at_ < lexemes_.size()) return error_at("search.unbalanced_parenthesis", lexemes_[at_].position);
        if (words_ == 0) return make_error(ErrorCode::invalid_input, "search.empty_query");
        return node;
    }

 private:
    [[nodiscard]] bool done() const { return at_ >= lexemes_.size(); }
    [[nodiscard]] const Lexeme& peek() const { return lexemes_[at_]; }
    [[nodiscard]] bool ends_operand_list() const {
        return done() || peek().kind == Lexeme::Kind::close || peek().kind == Lexeme::Kind::op_or;
    }

    Error missing_operand(const Lexeme& op) const {
        return make_error(ErrorCode::invalid_input, "search.missing_operand")
            .with("operator", op.text)
            .with("position", std::to_string(op.position));
    }

    Result<QueryNode> parse_or(std::size_t depth) {
        QueryNode any{QueryNode::Kind::any_of};
        auto first = parse_and(depth);
        if (!first.ok()) return first;
        any.children.push_back(std::move(*first));
        while (!done() && peek().kind == Lexeme::Kind::op_or) {
            const Lexeme op = peek();
            ++at_;
            if (ends_operand_list() || peek().kind == Lexeme::Kind::op_and) return missing_operand(op);
            auto next = parse_and(depth);
            if (!next.ok()) return next;
            any.children.push_back(std::move(*next));
        }
        if (any.children.size() == 1) return std::move(any.children.front());
        return any;
    }

    Result<QueryNode> parse_and(std::size_t depth) {
        QueryNode all{QueryNode::Kind::all_of};
        const std::size_t start = done() ? 0 : peek().position;
        while (!ends_operand_list()) {
            if (peek().kind == Lexeme::Kind::op_and) {
                const Lexeme op = peek();
                ++at_;
                if (all.children.empty() || ends_operand_list() || peek().kind == Lexeme::Kind::op_and) {
                    return missing_operand(op);
                }
                continue;
            }
            auto item = parse_unary(depth);
            if (!item.ok()) return item;
            all.children.push_back(std::move(*item));
        }
        if (all.children.empty()) {
            if (!done() && peek().kind == Lexeme::Kind::close) {
                return error_at("search.unbalanced_parenthesis", peek().position);
            }
            if (!done()) return missing_operand(peek());
            return make_error(ErrorCode::invalid_input, "search.empty_query");
        }
        all.position = start;
        if (all.children.size() == 1) return std::move(all.children.front());
        return all;
    }

    Result<QueryNode> parse_unary(std::size_t depth) {
        const Lexeme& lexeme = peek();
        if (lexeme.kind == Lexeme::Kind::op_not) {
            const Lexeme op = lexeme;
            ++at_;
            if (ends_operand_list() || peek().kind == Lexeme::Kind::op_and) return missing_operand(op);
            auto child = parse_unary(depth);
            if (!child.ok()) return child;
            QueryNode exclude{QueryNode::Kind::exclude};
            exclude.position = op.position;
            exclude.children.push_back(std::move(*child));
            return exclude;
        }
        return parse_primary(depth);
    }

    Result<QueryNode> parse_primary(std::size_t depth) {
        const Lexeme lexeme = peek();
        ++at_;
        switch (lexeme.kind) {
            case Lexeme::Kind::open: {
                if (depth + 1 > QueryParser::max_depth) {
                    return make_error(ErrorCode::invalid_input, "search.too_deep")
                        .with("max", std::to_string(QueryParser::max_depth));
                }
                auto inner = parse_or(depth + 1);
                if (!inner.ok()) return inner;
                if (done() || peek().kind != Lexeme::Kind::close) {
                    return error_at("search.unbalanced_parenthesis", lexeme.position);
                }
                ++at_;
                return inner;
            }
            case Lexeme::Kind::phrase:
            case Lexeme::Kind::word: return words(lexeme);
            case Lexeme::Kind::prefix: {
                const std::string folded = TextAnalyzer::fold(lexeme.text);
                if (folded.size() < QueryParser::min_prefix) {
                    return make_error(ErrorCode::invalid_input, "search.short_prefix")
                        .with("prefix", lexeme.text)
                        .with("position", std::to_string(lexeme.position))
                        .with("min", std::to_string(QueryParser::min_prefix));
                }
                RECTRACK_TRY(count_words(1));
                QueryNode prefix{QueryNode::Kind::prefix, folded};
                prefix.position = lexeme.position;
                return prefix;
            }
            default: return error_at("search.unbalanced_parenthesis", lexeme.position);
        }
    }

    // A word the analyzer splits ("U.N.", "non-discrimination") is searched as the phrase of its parts.
    Result<QueryNode> words(const Lexeme& lexeme) {
        QueryNode node{QueryNode::Kind::phrase};
        node.position = lexeme.position;
        for (auto& token : TextAnalyzer::tokens(lexeme.text)) node.terms.push_back(std::move(token.term));
        RECTRACK_TRY(count_words(node.terms.size()));
        if (node.terms.empty()) {
            return make_error(ErrorCode::invalid_input, "search.no_words")
                .with("text", lexeme.text.substr(0, 80))
                .with("position", std::to_string(lexeme.position));
        }
        if (node.terms.size() == 1) {
            node.kind = QueryNode::Kind::term;
            node.term = std::move(node.terms.front());
            node.terms.clear();
        }
        return node;
    }

    Status count_words(std::size_t added) {
        words_ += added;
        if (words_ > QueryParser::max_words) {
            return make_error(ErrorCode::invalid_input, "search.too_many_words")
                .with("max", std::to_string(QueryParser::max_words));
        }
        return {};
    }

    std::vector<Lexeme> lexemes_;
    std::size_t at_ = 0;
    std::size_t words_ = 0;
};

}  // namespace

Result<QueryNode> QueryParser::parse(std::string_view query) {
    if (query.size() > max_bytes) {
        return make_error(ErrorCode::invalid_input, "search.query_too_long")
            .with("length", std::to_string(query.size()))
            .with("max", std::to_string(max_bytes));
    }
    auto lexemes = lex(query);
    if (!lexemes.ok()) return lexemes.error();
    return Parser(std::move(*lexemes)).parse();
}

}  // namespace rectrack
