#!/bin/sh
# JSON parser unit tests and the kept fuzz crashers.
. "$(dirname "$0")/lib.sh"
exec "$BUILD/t/unit/json" "$T/data/json-crash"
