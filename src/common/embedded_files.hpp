#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace rectrack {

// A file of data/, i18n/ or the migrations, compiled into the binary.
struct EmbeddedFile {
    std::string_view path;  // relative to the source tree, e.g. data/states.tsv
    std::string_view content;
};

std::span<const EmbeddedFile> embedded_files();
std::optional<std::string_view> embedded_file(std::string_view path);

}  // namespace rectrack
