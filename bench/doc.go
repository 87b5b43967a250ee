// Package bench holds the end-to-end benchmarks of the knowledge base and
// the bot: build throughput against a plain FTS5 insert, incremental
// rebuilds, per-command latency at 19k and 100k articles, and the memory
// of building and serving. They run with `make bench` and skip when the
// Reuters corpus is not beside the repository; a plain `go test` runs
// none of them.
package bench
