#include <string>
#include <vector>

#include "http/api_server.hpp"

namespace rectrack::test {
namespace {

using ErrorResponses = VietNamApiTest;

// Every error body has the same three fields, whatever produced it.
void expect_error_body(const JsonReply& reply, const std::string& code, const std::string& message_id) {
    ASSERT_TRUE(reply.body.is_object()) << "the body is not JSON";
    ASSERT_TRUE(reply.body.contains("error")) << reply.body.dump();
    const auto& error = reply.body["error"];
    EXPECT_EQ(error.value("code", ""), code) << error.dump();
    EXPECT_EQ(error.value("message_id", ""), message_id) << error.dump();
    EXPECT_FALSE(error.value("message", "").empty()) << error.dump();
}

TEST_F(ErrorResponses, HealthAnswersOk) {
    const auto reply = get("/api/v1/health");
    EXPECT_EQ(reply.status, 200);
    EXPECT_EQ(reply.body.value("status", ""), "ok");
}

TEST_F(ErrorResponses, UnknownPathIsJson404) {
    const auto reply = get("/api/v1/nothing-here");
    EXPECT_EQ(reply.status, 404);
    expect_error_body(reply, "not_found", "request.not_found");
    EXPECT_NE(reply.body["error"].value("message", "").find("/api/v1/nothing-here"), std::string::npos);
}

TEST_F(ErrorResponses, UnknownIdsAreJson404) {
    for (const std::string path : {"/api/v1/recommendations/987654", "/api/v1/reviews/987654",
                                   "/api/v1/recommendations/99999999999999999999999"}) {
        SCOPED_TRACE(path);
        const auto reply = get(path);
        EXPECT_EQ(reply.status, 404);
        expect_error_body(reply, "not_found", "store.not_found");
    }
}

TEST_F(ErrorResponses, AcceptLanguageFrenchTranslatesThe404) {
    const auto reply = get("/api/v1/recommendations/987654", {{"Accept-Language", "fr-FR,fr;q=0.9,en;q=0.5"}});
    EXPECT_EQ(reply.status, 404);
    expect_error_body(reply, "not_found", "store.not_found");
    EXPECT_EQ(reply.body["error"].value("message", ""), "recommendation 987654 n'existe pas");

    const auto path = get("/api/v1/nothing-here", {{"Accept-Language", "fr"}});
    EXPECT_EQ(path.body["error"].value("message", ""), "ressource inexistante : /api/v1/nothing-here");
}

struct BadRequest {
    std::string path;
    std::string message_id;
    std::string message_mentions;
};

TEST_F(ErrorResponses, InvalidParametersAre400WithAMessage) {
    const std::vector<BadRequest> cases{
        {"/api/v1/recommendations?colour=red", "request.unknown_parameter", "colour"},
        {"/api/v1/reviews?page=2", "request.unknown_parameter", "page"},
        {"/api/v1/stats?limit=5", "request.unknown_parameter", "limit"},
        {"/api/v1/recommendations?limit=0", "request.bad_limit", "limit 0"},
        {"/api/v1/recommendations?limit=100000", "request.bad_limit", "100000"},
        {"/api/v1/recommendations?offset=-1", "request.bad_offset", "-1"},
        {"/api/v1/recommendations?limit=abc", "request.bad_parameter", "abc"},
        {"/api/v1/recommendations?limit=10x", "request.bad_parameter", "10x"},
        {"/api/v1/recommendations?limit=1&limit=2", "request.bad_parameter", "limit"},
        {"/api/v1/recommendations?position=maybe", "request.bad_parameter", "maybe"},
        {"/api/v1/recommendations?kind=wish", "request.bad_parameter", "wish"},
        {"/api/v1/recommendations?state=Atlantis", "request.bad_parameter", "Atlantis"},
        {"/api/v1/recommendations?recommending_state=Atlantis", "request.bad_parameter", "Atlantis"},
        {"/api/v1/recommendations?review=first", "request.bad_parameter", "first"},
        {"/api/v1/stats?state=Atlantis", "request.bad_parameter", "Atlantis"},
    };
    for (const auto& bad : cases) {
        SCOPED_TRACE(bad.path);
        const auto reply = get(bad.path);
        EXPECT_EQ(reply.status, 400);
        expect_error_body(reply, "invalid_input", bad.message_id);
        EXPECT_NE(reply.body["error"].value("message", "").find(bad.message_mentions), std::string::npos)
            << reply.body.dump();
    }
}

TEST_F(ErrorResponses, HugeQueryStringIsRefusedWithA4xx) {
    const std::string huge = "/api/v1/recommendations?issue=" + std::string(10UL * 1024 * 1024, 'a');
    auto reply = client_->Get(huge);
    ASSERT_TRUE(reply) << httplib::to_string(reply.error());
    EXPECT_GE(reply->status, 400);
    EXPECT_LT(reply->status, 500);
    EXPECT_EQ(get("/api/v1/health").status, 200) << "the server must keep serving after the huge request";
}

TEST_F(ErrorResponses, SecurityHeadersOnSuccessAndOnErrors) {
    for (const std::string path : {"/api/v1/health", "/api/v1/nothing-here", "/api/v1/recommendations?limit=0"}) {
        SCOPED_TRACE(path);
        auto reply = client_->Get(path);
        ASSERT_TRUE(reply);
        EXPECT_EQ(reply->get_header_value("X-Content-Type-Options"), "nosniff");
        EXPECT_NE(reply->get_header_value("Content-Security-Policy").find("default-src"), std::string::npos);
        EXPECT_EQ(reply->get_header_value("Content-Type").rfind("application/json", 0), 0u);
    }
}

}  // namespace
}  // namespace rectrack::test
