# Thin wrapper over ./dev, which sets everything up first.
.PHONY: run test bench lint codes

run:
	./dev start

test:
	./dev test

bench:
	@./dev bench

lint:
	./dev lint

codes:
	.venv/bin/python scripts/generate_codes.py
