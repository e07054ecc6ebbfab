#include <CLI/CLI.hpp>

int main(int argc, char** argv) {
    CLI::App app{"rectrack: follow up UN human rights recommendations"};
    CLI11_PARSE(app, argc, argv);
    return 0;
}
