# rectrack: `make run` sets up, builds and serves; `make test` sets up, builds and runs every test.
BUILD ?= build
JOBS ?= 2
MAKEFLAGS += --no-print-directory
BUILD_TYPE ?= Release

.PHONY: all setup configure build run test bench format lint clean

all: build

setup:
	@bash scripts/setup.sh

configure: setup
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) -DRECTRACK_BENCH=ON >/dev/null

build: configure
	@cmake --build $(BUILD) -j$(JOBS)

run: build
	@bash scripts/run.sh $(BUILD)/rectrack

test: build
	@cd $(BUILD) && ctest --output-on-failure --no-label-summary -j$(JOBS) --timeout 600

bench: build
	@bash bench/run.sh $(BUILD)

format: setup
	@git ls-files '*.cpp' '*.hpp' | xargs clang-format -i

lint: configure
	@git ls-files '*.cpp' '*.hpp' | xargs clang-format --dry-run --Werror
	@git ls-files 'src/*.cpp' 'app/*.cpp' | xargs -P $(JOBS) -n 8 clang-tidy -p $(BUILD) --quiet --warnings-as-errors='*' 2>/dev/null

clean:
	@rm -rf $(BUILD)
