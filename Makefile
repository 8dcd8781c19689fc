# Sésame's two commands: `make run` starts it, `make test` runs every test.
# Needs Java 17+, Node 20 with npm, and make. Everything else comes from Maven Central and npm.

SHELL := /bin/bash
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1

JAR := backend/target/sesame.jar
NODE_MODULES := frontend/node_modules/.package-lock.json
CONSOLE := frontend/dist/index.html
BACKEND_SOURCES := $(shell find backend/src backend/pom.xml openapi.yaml -type f 2>/dev/null)
FRONTEND_SOURCES := $(shell find frontend/src frontend/public frontend/index.html frontend/vite.config.ts frontend/tsconfig*.json -type f 2>/dev/null)

.PHONY: run test build benchmark mail-benchmark load-test api-benchmark clean help

help:
	@echo "make run    build what changed, then start Sésame on http://localhost:$${SERVER_PORT:-8080}"
	@echo "make test   every test: backend (unit, slice, integration), console (lint, types, unit), browser end to end"
	@echo "make benchmark  render 100, 1,000 and 10,000 letters streamed and the naive way (SIZES=\"100 1000\" for others)"
	@echo "make mail-benchmark  merged vs e-mailed letters/s (600 letters) and a fresh start's first 2,000-letter download"
	@echo "make load-test  1,000 wrong activation codes/s for 20 s while an administrator works (RATE=, DURATION=)"
	@echo "make api-benchmark  requests/s of an authenticated list call with an API key and a session, under wrk"
	@echo "make clean  remove build output (not ./data)"

## Starts Sésame with an embedded PostgreSQL whose data lives in $SESAME_DATA_DIR (default ./data).
run: $(JAR)
	java -jar $(JAR)

build: $(JAR)

test: $(NODE_MODULES)
	cd frontend && npm run check
	cd frontend && npm run build
	cd backend && ./mvnw -B verify
	cd frontend && npm run e2e

## Letters/s, time to first byte, peak heap and bytes per letter of the PDF engine (see README).
SIZES ?= 100 1000 10000
benchmark:
	cd backend && ./mvnw -B -q test-compile dependency:build-classpath \
	  -Dmdep.includeScope=test -Dmdep.outputFile=target/benchmark.classpath
	cd backend && java -Xmx1g -cp "target/test-classes:target/classes:$$(cat target/benchmark.classpath)" \
	  fr.sesame.letters.LetterBenchmark $(SIZES)

## Merged and e-mailed letters/s of the packaged jar, and a fresh start's first downloads (see README).
ROUNDS ?= 2
mail-benchmark: $(JAR)
	cd backend && ./mvnw -B -q test-compile dependency:build-classpath \
	  -Dmdep.includeScope=test -Dmdep.outputFile=target/benchmark.classpath
	cd backend && java -cp "target/test-classes:target/classes:$$(cat target/benchmark.classpath)" \
	  fr.sesame.sends.MailBenchmark $(ROUNDS) target/sesame.jar

## 1,000 wrong activation codes per second while an administrator works (see README).
RATE ?= 1000
DURATION ?= 20
load-test:
	cd backend && ./mvnw -B -q test-compile dependency:build-classpath \
	  -Dmdep.includeScope=test -Dmdep.outputFile=target/benchmark.classpath
	cd backend && java -cp "target/test-classes:target/classes:$$(cat target/benchmark.classpath)" \
	  fr.sesame.activation.ActivationUnderAttack $(RATE) $(DURATION)

## Requests/s of GET /api/accounts with an API key and with a session, under wrk (see README).
api-benchmark: $(JAR)
	DURATION=$(or $(API_DURATION),30) backend/bench/api-throughput.sh

$(NODE_MODULES): frontend/package-lock.json
	cd frontend && npm ci --no-audit --no-fund

$(CONSOLE): $(NODE_MODULES) $(FRONTEND_SOURCES)
	cd frontend && npm run build

$(JAR): $(BACKEND_SOURCES) $(CONSOLE)
	cd backend && ./mvnw -B -q -DskipTests -Dspotless.check.skip=true package

clean:
	rm -rf frontend/dist backend/target
