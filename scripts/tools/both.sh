#!/bin/sh
# Run two commands at once, one per core of a 2-core machine, and fail if either fails:
#   sh scripts/tools/both.sh 'tsc --noEmit' 'eslint .'
# (npm test pairs the two single-threaded checks, and the Chrome and Firefox builds.)
sh -c "$1" &
first=$!
sh -c "$2"
second=$?
wait "$first"
first=$?
[ "$first" -eq 0 ] && [ "$second" -eq 0 ]
