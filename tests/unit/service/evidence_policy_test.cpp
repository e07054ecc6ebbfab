#include "service/evidence_policy.hpp"

#include <gtest/gtest.h>

#include "storage/file_evidence_store.hpp"
#include "support/temp_dir.hpp"

namespace rectrack::test {
namespace {

class EvidencePolicyTest : public ::testing::Test {
 protected:
    Result<EvidenceFile> check(const std::string& name, const std::string& bytes) {
        return EvidencePolicy(files_).check({name, bytes});
    }

    TempDir dir_;
    FileEvidenceStore files_{dir_.path() / "evidence"};
};

const std::string minimal_pdf =
    "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
    "trailer<</Root 1 0 R>>\n%%EOF\n";

TEST_F(EvidencePolicyTest, ANameWithAFolderOrParentReferenceIsRefusedNamingTheFile) {
    for (const std::string name : {"../report.pdf", "reports/report.pdf", "C:\\report.pdf", "..", ".hidden.pdf"}) {
        auto checked = check(name, minimal_pdf);
        ASSERT_FALSE(checked.ok()) << name;
        EXPECT_EQ(checked.error().message_id, "evidence.path_in_name") << name;
        EXPECT_EQ(checked.error().arg("file"), name);
    }
}

TEST_F(EvidencePolicyTest, ContentThatDisagreesWithTheExtensionIsAForbiddenType) {
    auto text_as_pdf = check("law.pdf", "Decision 1557 adopted the plan.\n");
    ASSERT_FALSE(text_as_pdf.ok());
    EXPECT_EQ(text_as_pdf.error().message_id, "evidence.forbidden_type");
    EXPECT_EQ(text_as_pdf.error().arg("type"), "text/plain");
    auto script = check("run.sh", "#!/bin/sh\nrm -rf /\n");
    ASSERT_FALSE(script.ok());
    EXPECT_EQ(script.error().message_id, "evidence.forbidden_type");
    EXPECT_EQ(script.error().arg("extension"), "sh");
}

TEST_F(EvidencePolicyTest, OneByteOverTheLimitIsTooLarge) {
    auto checked = check("minutes.txt", std::string(EvidencePolicy::evidence_size_limit + 1, 'a'));
    ASSERT_FALSE(checked.ok());
    EXPECT_EQ(checked.error().code, ErrorCode::too_large);
    EXPECT_EQ(checked.error().arg("limit"), std::to_string(EvidencePolicy::evidence_size_limit));
}

TEST_F(EvidencePolicyTest, APdfIsDescribedByItsHashSizeAndDetectedType) {
    auto checked = check("Decision 1557.PDF", minimal_pdf);
    ASSERT_TRUE(checked.ok()) << checked.error().message_id;
    EXPECT_EQ(checked->media_type, "application/pdf");
    EXPECT_EQ(checked->size, static_cast<std::int64_t>(minimal_pdf.size()));
    EXPECT_EQ(checked->sha256.size(), 64U);
}

}  // namespace
}  // namespace rectrack::test
