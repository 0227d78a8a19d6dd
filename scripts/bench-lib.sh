# Sourced by the benchmark scripts, from the repository root: what every run starts with.
# - The built-in policy and no audit log: a policy file or log in the environment would change what is measured.
# - A scratch folder in $work, removed on exit.
# - The lines that say when, where and with what the run was made.
# - The release build of the advisor, its path in $advisor.
unset ADVISOR_POLICY ADVISOR_LOG

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "date:    $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
echo "machine: $(uname -m), $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
echo "swift:   $(swift --version 2>&1 | grep -m1 -i 'swift version' || echo unknown)"

swift build -c release --product advisor >/dev/null
advisor="$(swift build -c release --show-bin-path)/advisor"
