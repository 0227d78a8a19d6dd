#!/usr/bin/env bash
# Source mutation testing from a catalogue: each mutant changes one piece of the source, and the suites named for it
# must notice. A mutant is killed when the tests no longer build or a named suite fails (or hangs), and survives
# when they all pass: then the tests do not check what the mutant broke.
#
#   scripts/mutate-source.sh                   every mutant in scripts/mutants.txt
#   scripts/mutate-source.sh --only ID[,ID]    some of them
#   scripts/mutate-source.sh --list            list the mutants and exit
#   scripts/mutate-source.sh --catalogue FILE  another catalogue (the format is described in scripts/mutants.txt)
#   scripts/mutate-source.sh --no-baseline     skip running the named suites on the unmutated tree first
#   MUTANT_TIMEOUT=SECONDS                     the longest one mutant's tests may run (default 900); longer is killed
#
# The working tree is never changed: it is mirrored into .build-mutants/tree (tracked and untracked files git does
# not ignore, timestamps kept) and built there with --scratch-path .build-mutants/build, reused across mutants and
# runs so each build is incremental. Each mutant is applied there and undone afterwards, on failure and Ctrl-C too.
# Logs are kept in .build-mutants/logs.
#
# Prints one line per mutant (id, killed or survived, how, seconds) and ends with "N killed, M survived".
# Exit status: 0 when none survived, 1 when some did (or the unmutated tree fails), 64 usage error,
# 65 malformed catalogue, 130 interrupted.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD

usage() {
    awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"
}
usage_error() {
    echo "mutate-source: $1" >&2
    echo "Try 'scripts/mutate-source.sh --help'." >&2
    exit 64
}

catalogue=scripts/mutants.txt
only=""
list=false
baseline=true
while [ $# -gt 0 ]; do
    case $1 in
        --only) [ $# -ge 2 ] && [ -n "$2" ] || usage_error "--only needs mutant ids, e.g. --only precedent-median-lowest"; only=$2; shift 2 ;;
        --only=*) only=${1#--only=}; [ -n "$only" ] || usage_error "--only needs mutant ids"; shift ;;
        --catalogue) [ $# -ge 2 ] || usage_error "--catalogue needs a file"; catalogue=$2; shift 2 ;;
        --catalogue=*) catalogue=${1#--catalogue=}; shift ;;
        --list) list=true; shift ;;
        --no-baseline) baseline=false; shift ;;
        -h|--help) usage; exit 0 ;;
        *) usage_error "unknown option '$1'" ;;
    esac
done
[ -f "$catalogue" ] || usage_error "no catalogue at $catalogue"
timeout_seconds=${MUTANT_TIMEOUT:-900}
[[ $timeout_seconds =~ ^[1-9][0-9]*$ ]] || usage_error "MUTANT_TIMEOUT must be a whole number of seconds, not '$timeout_seconds'"

# ---- The catalogue --------------------------------------------------------------------------------------------

ids=() files=() finds=() replaces=() filters=() starts=() find_lines=() file_lines=() test_lines=()

malformed() {
    echo "$catalogue:$1: $2" >&2
    exit 65
}

trim() {
    local s=$1
    s=${s#"${s%%[![:space:]]*}"}
    s=${s%"${s##*[![:space:]]}"}
    printf '%s' "$s"
}

# The fields of the mutant being read, and the line each came from.
declare -A field=() field_line=()
block_start=0

end_block() {
    [ "$block_start" -eq 0 ] && return
    local key
    for key in id file find replace tests; do
        [ -n "${field_line[$key]:-}" ] || malformed "$block_start" "the mutant starting here has no '$key:' line; add one (keys: id, file, find, replace, tests)"
    done
    local id=${field[id]} n
    for n in "${!ids[@]}"; do
        [ "${ids[n]}" != "$id" ] || malformed "${field_line[id]}" "the id '$id' is also on line ${starts[n]}; give each mutant its own id"
    done
    [ -n "${field[find]}" ] || malformed "${field_line[find]}" "'find:' is empty; give the exact text to replace"
    [ "${field[find]}" != "${field[replace]}" ] || malformed "${field_line[replace]}" "'replace:' is the same as 'find:', so the mutant changes nothing"
    ids+=("$id") files+=("${field[file]}") finds+=("${field[find]}") replaces+=("${field[replace]}") filters+=("${field[tests]}")
    starts+=("${field_line[id]}") file_lines+=("${field_line[file]}") find_lines+=("${field_line[find]}") test_lines+=("${field_line[tests]}")
    field=() field_line=() block_start=0
}

line_number=0
while IFS= read -r line || [ -n "$line" ]; do
    line_number=$((line_number + 1))
    line=${line%$'\r'}
    if [[ $line =~ ^[[:space:]]*# ]]; then continue; fi
    if [[ $line =~ ^[[:space:]]*$ ]]; then end_block; continue; fi
    [[ $line =~ ^([A-Za-z]+):(.*)$ ]] || malformed "$line_number" "expected 'key: value' (keys: id, file, find, replace, tests); a comment starts with '#'"
    key=${BASH_REMATCH[1]} value=$(trim "${BASH_REMATCH[2]}")
    case $key in
        id|file|find|replace|tests) ;;
        *) malformed "$line_number" "unknown key '$key'; use one of id, file, find, replace, tests" ;;
    esac
    if [ "$key" = id ] && [ "$block_start" -ne 0 ]; then end_block; fi
    [ "$block_start" -ne 0 ] || block_start=$line_number
    [ "$key" = id ] || [ -n "${field_line[id]:-}" ] || malformed "$line_number" "'$key:' before any 'id:'; start each mutant with its id line"
    [ -z "${field_line[$key]:-}" ] || malformed "$line_number" "'$key:' again in one mutant (first on line ${field_line[$key]}); a blank line ends a mutant"
    case $key in
        id) [[ $value =~ ^[A-Za-z0-9._-]+$ ]] || malformed "$line_number" "the id '$value' must be letters, digits, '.', '_' or '-'" ;;
        file) [ -n "$value" ] && [[ $value != /* && $value != *..* ]] || malformed "$line_number" "give the file as a path inside the repository, e.g. Sources/TextMatching/EditDistance.swift" ;;
        tests) [[ $value =~ ^[^,[:space:]]+([[:space:]]*,[[:space:]]*[^,[:space:]]+)*$ ]] || malformed "$line_number" "give one or more suites separated by commas, e.g. 'tests: PolicyCheckTests, GeneratorTests'" ;;
    esac
    field[$key]=$value
    field_line[$key]=$line_number
done <"$catalogue"
end_block
[ "${#ids[@]}" -gt 0 ] || malformed "$line_number" "no mutants; add one (the format is at the top of scripts/mutants.txt)"

# Columns as wide as the longest id and file, so the lists line up.
id_width=0 file_width=0
for n in "${!ids[@]}"; do
    [ "${#ids[n]}" -le "$id_width" ] || id_width=${#ids[n]}
    [ "${#files[n]}" -le "$file_width" ] || file_width=${#files[n]}
done

if $list; then
    for n in "${!ids[@]}"; do printf '%-*s  %-*s  %s\n' "$id_width" "${ids[n]}" "$file_width" "${files[n]}" "${filters[n]}"; done
    exit 0
fi

# The mutants to run, by index, in catalogue order.
selected=()
if [ -n "$only" ]; then
    IFS=, read -r -a wanted <<<"$only"
    for id in "${wanted[@]}"; do
        found=false
        for n in "${!ids[@]}"; do [ "${ids[n]}" = "$id" ] && found=true; done
        $found || usage_error "no mutant '$id' in $catalogue (--list shows them)"
    done
    for n in "${!ids[@]}"; do
        for id in "${wanted[@]}"; do [ "${ids[n]}" = "$id" ] && { selected+=("$n"); break; }; done
    done
else
    selected=("${!ids[@]}")
fi

# occurrences TEXT FIND: how many times FIND occurs in TEXT, byte for byte.
occurrences() {
    local LC_ALL=C
    local rest=${1//"$2"/}
    echo $(((${#1} - ${#rest}) / ${#2}))
}

# read_file PATH: the file's exact text, final newlines included, in $content.
read_file() {
    content=$(cat -- "$1" && printf x) || return 1
    content=${content%x}
}

# Each selected mutant's text must occur exactly once, so it changes the place meant and nothing else.
for n in "${selected[@]}"; do
    [ -f "${files[n]}" ] || malformed "${file_lines[n]}" "no file ${files[n]} (mutant ${ids[n]}); give a path from the repository root"
    read_file "${files[n]}"
    count=$(occurrences "$content" "${finds[n]}")
    [ "$count" -eq 1 ] || malformed "${find_lines[n]}" "the text of mutant ${ids[n]} occurs $count times in ${files[n]}, not once; copy it exactly from the file, with enough around it to be unique"
done

now() { date +%s; }

# ---- The mirror -------------------------------------------------------------------------------------------------

state=$root/.build-mutants
tree=$state/tree
build=$state/build
logs=$state/logs
mkdir -p "$tree" "$build" "$logs"

if command -v flock >/dev/null 2>&1; then
    exec 9>"$state/lock"
    flock -n 9 || { echo "mutate-source: another run is using $state; wait for it to end" >&2; exit 1; }
fi

# What is mutated now, to be put back however the script ends.
applied_file=""
child=""
cleanup() {
    if [ -n "$child" ]; then kill_tree "$child"; wait "$child" 2>/dev/null; child=""; fi
    if [ -n "$applied_file" ]; then cp -p -- "$state/original" "$tree/$applied_file"; applied_file=""; fi
}
trap cleanup EXIT
trap 'cleanup; echo >&2; echo "mutate-source: interrupted" >&2; exit 130' INT TERM HUP

# Copies the files that differ into the mirror, keeping their times, and removes files no longer in the tree:
# unchanged files keep their times there, so the build stays incremental.
sync_tree() {
    local -A keep=()
    local path
    while IFS= read -r -d '' path; do
        [ -f "$path" ] || continue
        keep[$path]=1
        if ! cmp -s -- "$path" "$tree/$path"; then
            mkdir -p -- "$tree/$(dirname -- "$path")"
            cp -p -- "$path" "$tree/$path"
        fi
    done < <(if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then git ls-files -z --cached --others --exclude-standard
             else find . \( -name '.build*' -o -name .git -o -name .swiftpm \) -prune -o -type f -print0 | sed -z 's|^\./||'; fi)
    while IFS= read -r -d '' path; do
        path=${path#./}
        [ -n "${keep[$path]:-}" ] || rm -f -- "$tree/$path"
    done < <(cd "$tree" && find . -type f -print0)
}

# The process and all its descendants, parents first.
process_tree() {
    ps -e -o pid=,ppid= | awk -v root="$1" '
        { children[$2] = children[$2] " " $1 }
        END { queue = root; while (queue != "") { n = split(queue, q, " "); queue = ""
              for (i = 1; i <= n; i++) { print q[i]; queue = queue children[q[i]] } } }'
}

# Ends a process and everything it started, by id. The tree is taken first: swift test runs the tests in a process
# group of its own, which outlives it if it is killed alone, and a hung test ignores SIGTERM.
kill_tree() {
    local pids pid waited=0
    pids=$(process_tree "$1")
    kill -TERM $pids 2>/dev/null
    while [ "$waited" -lt 10 ]; do
        for pid in $pids; do kill -0 "$pid" 2>/dev/null && break; pid=""; done
        [ -n "$pid" ] || return 0
        sleep 0.5
        waited=$((waited + 1))
    done
    kill -KILL $pids 2>/dev/null
}

# bounded SECONDS LOG COMMAND...: runs the command in the mirror with its output in LOG; after SECONDS it is ended
# with all it started and the status is 124. Run in the background, so Ctrl-C reaches the trap at once.
bounded() {
    local limit=$1 log=$2 deadline status
    shift 2
    deadline=$(($(now) + limit))
    (cd "$tree" && exec "$@") >"$log" 2>&1 &
    child=$!
    while kill -0 "$child" 2>/dev/null; do
        if [ "$(now)" -ge "$deadline" ]; then
            kill_tree "$child"
            wait "$child" 2>/dev/null
            child=""
            return 124
        fi
        sleep 0.2
    done
    wait "$child"
    status=$?
    child=""
    return "$status"
}

swift_build() { bounded 3600 "$1" swift build --build-tests --scratch-path "$build"; }

# swift_test LOG FILTERS: the suites named (comma-separated), from the last build.
swift_test() {
    local log=$1 args=() filter
    IFS=, read -r -a list <<<"$2"
    for filter in "${list[@]}"; do args+=(--filter "$(trim "$filter")"); done
    bounded "$timeout_seconds" "$log" swift test --skip-build --scratch-path "$build" "${args[@]}"
}

# The first compile error in a build log, with the mirror's path left out.
first_error() {
    grep -m1 -E 'error:' "$1" | sed -e "s|$tree/||g" -e 's/^[[:space:]]*//' | cut -c1-160
}

# Which tests failed in a test log (Swift Testing's or XCTest's): the first by suite, name and place, and how many more.
failed_tests() {
    local log=$1 names first place more suite
    names=$(sed -n -E 's/^.*✘ Test ("[^"]*"|[^ ]+) (recorded an issue|failed).*$/\1/p; s/^Test Case .(.+). failed.*$/\1/p' "$log" | awk '!seen[$0]++')
    first=$(head -n1 <<<"$names")
    if [ -z "$first" ]; then
        if grep -q -E 'signal|Fatal error' "$log"; then
            echo "the test process crashed: $(grep -m1 -E 'Fatal error|signal' "$log" | sed 's/^[[:space:]]*//' | cut -c1-120)"
        else
            echo "swift test failed with no test named (see the log)"
        fi
        return
    fi
    place=$(grep -m1 -F "Test $first recorded an issue" "$log" | grep -o -E ' at [^ ]+\.swift:[0-9]+' | head -n1 | sed 's/^ at //')
    # Swift Testing names the function only; the list of tests gives its suite.
    suite=$(grep -F "/$first" "$logs/tests.list" 2>/dev/null | head -n1 | sed -E 's|^[^.]*\.([^/]*)/.*|\1|')
    more=$(($(wc -l <<<"$names") - 1))
    printf 'test failed: %s%s%s' "${suite:+$suite/}$first" "${place:+ at $place}" "$( [ "$more" -gt 0 ] && printf ' (+%d more)' "$more")"
}

rm -f -- "$logs"/*.log   # only this run's logs, so none is mistaken for a mutant's now
echo "syncing the mirror in .build-mutants/tree" >&2
sync_tree

echo "building the unmutated tree" >&2
start=$(now)
if ! swift_build "$logs/unmutated.build.log"; then
    echo "mutate-source: the unmutated tree does not build: $(first_error "$logs/unmutated.build.log")" >&2
    echo "(log: .build-mutants/logs/unmutated.build.log)" >&2
    exit 1
fi
echo "built in $(($(now) - start)) s" >&2

# A filter that matches no test would let every mutant it guards survive, unnoticed as a typo.
if (cd "$tree" && swift test list --skip-build --scratch-path "$build") >"$logs/tests.list" 2>"$logs/tests.list.err"; then
    for n in "${selected[@]}"; do
        IFS=, read -r -a list <<<"${filters[n]}"
        for filter in "${list[@]}"; do
            filter=$(trim "$filter")
            grep -q -E -- "$filter" "$logs/tests.list" ||
                malformed "${test_lines[n]}" "the filter '$filter' of mutant ${ids[n]} matches no test; 'swift test list' shows their names"
        done
    done
fi

if $baseline; then
    union=$(for n in "${selected[@]}"; do tr ',' '\n' <<<"${filters[n]}"; done | while IFS= read -r f; do trim "$f"; echo; done | sort -u | paste -sd, -)
    echo "running the named suites on the unmutated tree: $union" >&2
    start=$(now)
    if ! swift_test "$logs/unmutated.test.log" "$union"; then
        echo "mutate-source: the unmutated tree fails its tests ($(failed_tests "$logs/unmutated.test.log")); a mutant would be counted killed for nothing" >&2
        echo "(log: .build-mutants/logs/unmutated.test.log)" >&2
        exit 1
    fi
    echo "passed in $(($(now) - start)) s" >&2
fi

killed=0
survived=0
for n in "${selected[@]}"; do
    id=${ids[n]} file=${files[n]}
    read_file "$tree/$file"
    cp -p -- "$tree/$file" "$state/original"
    applied_file=$file
    printf '%s' "${content/"${finds[n]}"/"${replaces[n]}"}" >"$tree/$file"

    start=$(now)
    swift_build "$logs/$id.build.log"
    status=$?
    if [ "$status" -ne 0 ]; then
        verdict=killed how="compile error: $(first_error "$logs/$id.build.log")"
        [ "$status" -ne 124 ] || how="the build ran over an hour"
        build_time=$(($(now) - start)) test_time=0
    else
        build_time=$(($(now) - start))
        swift_test "$logs/$id.test.log" "${filters[n]}"
        status=$?
        test_time=$(($(now) - start - build_time))
        if [ "$status" -eq 124 ]; then
            verdict=killed how="timed out after $timeout_seconds s"
        elif [ "$status" -ne 0 ]; then
            verdict=killed how=$(failed_tests "$logs/$id.test.log")
        else
            verdict=survived how="every test in ${filters[n]} passed"
        fi
    fi
    cleanup
    if [ "$verdict" = killed ]; then killed=$((killed + 1)); else survived=$((survived + 1)); fi
    printf '%-*s  %-8s  %s  [%d s: build %d s, tests %d s]\n' "$id_width" "$id" "$verdict" "$how" $((build_time + test_time)) "$build_time" "$test_time"
done

echo "$killed killed, $survived survived"
[ "$survived" -eq 0 ]
