#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "common/result.hpp"
#include "domain/localized_text.hpp"
#include "http/http_types.hpp"

namespace rectrack {

// Typed access to a request's JSON object body; a wrong type or a missing required member is a 400 naming it.
class JsonBody {
 public:
    static Result<JsonBody> of(const HttpRequest& request);

    [[nodiscard]] Result<std::optional<std::string>> text(const std::string& name) const;
    [[nodiscard]] Result<std::string> required_text(const std::string& name) const;
    [[nodiscard]] Result<std::optional<std::int64_t>> integer(const std::string& name) const;
    [[nodiscard]] Result<std::int64_t> required_integer(const std::string& name) const;
    [[nodiscard]] Result<std::optional<double>> number(const std::string& name) const;
    [[nodiscard]] Result<std::vector<std::string>> texts(const std::string& name) const;
    [[nodiscard]] Result<std::vector<std::int64_t>> integers(const std::string& name) const;
    // {"en": "...", "vi": "..."} as texts per language.
    [[nodiscard]] Result<std::vector<LocalizedText>> localized(const std::string& name) const;
    [[nodiscard]] const nlohmann::json& json() const { return body_; }

 private:
    explicit JsonBody(nlohmann::json body) : body_(std::move(body)) {}
    nlohmann::json body_;
};

// request.bad_body naming what is wrong.
Error bad_body(const std::string& detail);

}  // namespace rectrack
