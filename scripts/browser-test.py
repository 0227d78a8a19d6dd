#!/usr/bin/env python3
"""The agents' page of `advisor serve` in headless Chromium, driven through WebDriver (Debian's chromium-driver).

    python3 scripts/browser-test.py [--advisor PATH]

Starts `advisor serve` on a free port with a token and an audit log, and checks, in English and in Chinese, that an
agent can type the customer's words (the detection shows as they type), fill the form, read the advice and its money
plan (held to the record in the audit log), and record an outcome (found in the log). Then it frames the page in a
Chatwoot-like parent on another origin that posts an `appContext` conversation, as Chatwoot's dashboard apps do,
beside a frame of a third origin that posts a conversation of its own: the page must take the customer's words from
the parent only, say which conversation it advises on, ask the parent again (`chatwoot-dashboard-app:fetch-info`),
and show a hostile message as text. Screenshots go to .build/serve-screenshots/.

Only the standard library: WebDriver is HTTP and JSON. Without Chromium or chromedriver the script says so and exits
0, except under CI=true, where a browser test never skips: it fails. Exit status 1 when any check fails.
"""
import base64
import http.server
import json
import os
import pathlib
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

ROOT = pathlib.Path(__file__).resolve().parent.parent
SHOTS = ROOT / ".build" / "serve-screenshots"
TOKEN = "browser-test-token-0123456789abcdef"
ELEMENT = "element-6066-11e4-a52e-4f735466cecf"
failures = []


def check(condition, message):
    print(("ok    " if condition else "FAIL  ") + message)
    if not condition:
        failures.append(message)
    return condition


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def find_browser():
    chromium = next((p for p in ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"] if os.access(p, os.X_OK)), None)
    driver = shutil.which("chromedriver") or next((p for p in ["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"] if os.access(p, os.X_OK)), None)
    return chromium, driver


class WebDriver:
    """The few W3C WebDriver commands the checks need."""

    def __init__(self, driver_path, chromium):
        self.port = free_port()
        self.process = subprocess.Popen([driver_path, f"--port={self.port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.base = f"http://127.0.0.1:{self.port}"
        deadline = time.time() + 30
        while time.time() < deadline:
            try:
                if self.call("GET", "/status").get("ready"):
                    break
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.2)
        options = {"binary": chromium, "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                                                 "--window-size=900,1400", "--hide-scrollbars", "--lang=en-US"]}
        session = self.call("POST", "/session", {"capabilities": {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": options}}})
        self.session = f"/session/{session['sessionId']}"

    def call(self, method, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.base + path, data=data, method=method, headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                return json.loads(response.read() or b"{}").get("value")
        except urllib.error.HTTPError as error:
            raise RuntimeError(f"WebDriver {method} {path}: {error.read().decode(errors='replace')[:400]}") from None

    def go(self, url):
        self.call("POST", self.session + "/url", {"url": url})

    def run(self, script, *args):
        return self.call("POST", self.session + "/execute/sync", {"script": script, "args": list(args)})

    def find(self, selector):
        return self.call("POST", self.session + "/element", {"using": "css selector", "value": selector})[ELEMENT]

    def click(self, selector):
        self.call("POST", self.session + f"/element/{self.find(selector)}/click", {})

    def type(self, selector, text):
        self.call("POST", self.session + f"/element/{self.find(selector)}/value", {"text": text})

    def wait(self, script, what, seconds=20):
        """Polls a script until it returns something truthy; the value, or None (and a failed check) on time out."""
        deadline = time.time() + seconds
        while time.time() < deadline:
            value = self.run(script)
            if value:
                return value
            time.sleep(0.1)
        check(False, f"waited {seconds} s for {what}")
        return None

    def frame(self, selector=None):
        self.call("POST", self.session + "/frame", {"id": None if selector is None else {ELEMENT: self.find(selector)}})

    def screenshot(self, name):
        height = self.run("window.scrollTo(0, 0); return Math.min(document.documentElement.scrollHeight + 20, 5000);")
        self.call("POST", self.session + "/window/rect", {"width": 900, "height": height})
        SHOTS.mkdir(parents=True, exist_ok=True)
        (SHOTS / name).write_bytes(base64.b64decode(self.call("GET", self.session + "/screenshot")))
        self.call("POST", self.session + "/window/rect", {"width": 900, "height": 1400})
        print(f"      screenshot: {(SHOTS / name).relative_to(ROOT)}")

    def quit(self):
        try:
            self.call("DELETE", self.session)
        finally:
            self.process.terminate()
            self.process.wait(timeout=10)


def start_advisor(binary, log, frame_ancestor):
    environment = dict(os.environ, ADVISOR_TOKEN=TOKEN, LANG="en_US.UTF-8")
    environment.pop("ADVISOR_LOG", None)
    process = subprocess.Popen([binary, "serve", "--port", "0", "--log", log, "--frame-ancestors", frame_ancestor],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=environment, text=True)
    line = process.stdout.readline()
    marker = "http://127.0.0.1:"
    if marker not in line:
        process.kill()
        raise SystemExit(f"advisor serve did not start: {line}{process.stderr.read()}")
    port = int(line.split(marker, 1)[1].split("/", 1)[0])
    return process, f"http://127.0.0.1:{port}"


def records(log):
    """The log's records, without its header line (the one object holding "advisorLog")."""
    with open(log, encoding="utf-8") as file:
        lines = [json.loads(line) for line in file if line.strip()]
    return [line for line in lines if "advisorLog" not in line]


def advice_record(log, advice_id):
    return next((r["record"] for r in records(log) if r["kind"] == "advice" and r["record"]["adviceId"] == advice_id), None)


def outcome_records(log, advice_id):
    return [r["record"] for r in records(log) if r["kind"] == "outcome" and r["record"]["adviceId"] == advice_id]


def plain(amount):
    return str(int(amount)) if float(amount).is_integer() else str(round(amount, 2))


def agent_session(browser, base, log, language, words, answers, amounts, accepted, title):
    """One agent's call in one language: words, form, advice, money plan against the log, outcome into the log."""
    browser.go(f"{base}/?token={TOKEN}")
    browser.wait("return document.querySelectorAll('#questions button').length > 10", "the form to be built")
    browser.click(f"#lang-{language}")
    check(browser.run("return document.querySelector('h1').textContent") == title, f"{language}: the title reads {title}")
    browser.type("#words", words)
    verdict = browser.wait("var v = document.querySelector('#detection .verdict'); return v && v.textContent", f"{language}: the detection")
    check(bool(verdict), f"{language}: the detection shows as the words are typed: {verdict}")
    for question, value in answers:
        browser.click(f'fieldset[data-question="{question}"] button[data-value="{value}"]')
        pressed = browser.run(f"return document.querySelector('fieldset[data-question=\"{question}\"] button[data-value=\"{value}\"]').getAttribute('aria-pressed')")
        check(pressed == "true", f"{language}: {question} = {value} is chosen")
    for field, amount in amounts:
        browser.type(f"#field-{field}", amount)
    browser.click("#advise")
    browser.wait("return !document.getElementById('advice').hidden && document.querySelectorAll('#ladder .rung').length", f"{language}: the advice")
    advice_id = browser.run("return document.getElementById('ladder').dataset.adviceId")
    record = advice_record(log, advice_id)
    if not check(record is not None, f"{language}: the advice shown ({advice_id}) is in the audit log"):
        return
    advice = record["advice"]
    check(advice["language"] == language, f"{language}: the advice is in {language}")
    shown_plan = browser.run("return document.getElementById('money-text').textContent")
    check(shown_plan == advice["moneyPlan"], f"{language}: the money plan on the page is the logged one: {shown_plan!r}")
    rungs = browser.run("return Array.from(document.querySelectorAll('#ladder .rung b')).map(function (b) { return b.textContent; })")
    ladder = advice["ladder"]
    expected = [plain(a) for a in [ladder["opening"], *ladder["concessions"], ladder["walkAway"], advice["bounds"]["cap"]]]
    check(rungs == expected, f"{language}: open → concede → stop, and the cap: {rungs}")
    steps = browser.run("return Array.from(document.querySelectorAll('#steps li')).map(function (li) { return li.querySelector('span:nth-child(2)').textContent; })")
    check(steps == [s["text"] for s in advice["strategy"]["steps"]], f"{language}: every stage's words, in order")
    check(browser.run("return document.querySelectorAll('#steps li.spoken .copy').length") == sum(1 for s in advice["strategy"]["steps"] if s["spoken"]),
          f"{language}: a copy button beside each line to say")
    avoid = browser.run("return Array.from(document.querySelectorAll('#avoid li')).map(function (li) { return li.textContent; })")
    check(avoid == advice["strategy"]["avoid"], f"{language}: what to avoid")
    check(browser.run("return document.getElementById('follow-up').children.length") == len(advice["followUp"]), f"{language}: the follow-up times")
    check(bool(browser.wait("var i = document.querySelector('#picture img'); return i && i.complete && i.naturalWidth > 0", f"{language}: the picture")),
          f"{language}: the negotiation picture is drawn")
    settled = plain(ladder["walkAway"])
    browser.type("#settled", settled)
    browser.click("#accepted" if accepted else "#rejected")
    status = browser.wait("return document.getElementById('outcome-status').textContent", f"{language}: the outcome to be recorded")
    check(bool(status) and settled in (status or ""), f"{language}: the page says the outcome is recorded: {status!r}")
    outcomes = outcome_records(log, advice_id)
    check(len(outcomes) == 1 and outcomes[0]["accepted"] == accepted and plain(outcomes[0]["settled"]) == settled,
          f"{language}: the outcome is in the log: {outcomes}")
    browser.screenshot(f"page-{language}.png")


PARENT = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>help desk</title></head><body>
<p>A help desk: the conversation on the left, the advisor as a dashboard app.</p>
<iframe id="advisor" src="ADVISOR" width="860" height="1100"></iframe>
<iframe id="hostile" src="HOSTILE" width="10" height="10"></iframe>
<script>
var context = CONTEXT;
window.fetchInfoSeen = 0;
function send() { document.getElementById('advisor').contentWindow.postMessage(JSON.stringify({event: 'appContext', data: context}), '*'); }
document.getElementById('advisor').addEventListener('load', send);
window.addEventListener('message', function (event) {
  if (event.data === 'chatwoot-dashboard-app:fetch-info') { window.fetchInfoSeen += 1; send(); }
});
</script></body></html>"""

HOSTILE = """<!DOCTYPE html><html><body><script>
setInterval(function () {
  var context = {conversation: {id: 666, messages: [{id: 1, content: 'HOSTILE WORDS FROM ANOTHER SITE', message_type: 0, created_at: 9999999999}]}};
  parent.frames[0].postMessage(JSON.stringify({event: 'appContext', data: context}), '*');
  parent.frames[0].postMessage({event: 'appContext', data: context}, '*');
}, 50);
</script></body></html>"""

CONTEXT = {
    "conversation": {"id": 4242, "inbox_id": 3, "status": "open", "meta": {"sender": {"id": 17, "name": "Wang Fang"}},
                     "messages": [
                         {"id": 1, "content": "Hello, my parcel never arrived.", "message_type": 0, "created_at": 1764633600},
                         {"id": 2, "content": "Sorry to hear that, let me check for you.", "message_type": 1, "created_at": 1764633660},
                         {"id": 3, "content": "This is the third time! I know your CEO personally.", "message_type": 0, "created_at": 1764633720},
                         {"id": 5, "content": "Conversation was assigned to Li Lei", "message_type": 2, "created_at": 1764633790},
                         {"id": 4, "content": "<img src=x onerror=\"window.pwned=1\"> I want my money back today.", "message_type": 0, "created_at": 1764633780},
                     ]},
    "contact": {"id": 17, "name": "Wang Fang", "email": "fang@example.com"},
    "currentAgent": {"id": 2, "name": "Li Lei", "email": "lilei@example.com"},
}


def serve_pages(pages):
    """A static server on a free port of its own, so its pages are of another origin than the advisor's."""
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            body = pages.get(urllib.parse.urlparse(self.path).path)
            self.send_response(200 if body else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write((body or "").encode())

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def help_desk_session(browser, parent_base):
    """The page framed by a help desk that posts a Chatwoot-shaped appContext, next to a frame that must be ignored."""
    browser.go(f"{parent_base}/parent.html")
    browser.frame("#advisor")
    expected = "This is the third time! I know your CEO personally.\n<img src=x onerror=\"window.pwned=1\"> I want my money back today."
    words = browser.wait(f"var w = document.getElementById('words'); return w && w.value === {json.dumps(expected)} && w.value",
                         "the customer's words from the conversation")
    check(words == expected, "the customer's latest messages (since the agent's reply) become the words")
    banner = browser.wait("var b = document.getElementById('conversation'); return !b.hidden && b.textContent", "the conversation banner")
    check(banner is not None and "#4242" in banner, f"the page says which conversation it advises on: {banner!r}")
    time.sleep(1)  # the other origin's frame keeps posting meanwhile
    now = browser.run("return [document.getElementById('words').value, document.getElementById('conversation').textContent]")
    check("HOSTILE" not in now[0] and "666" not in now[1], "messages from an origin not listed are ignored")
    browser.wait("var v = document.querySelector('#detection .marked'); return v && v.textContent.indexOf('img src') >= 0", "the detection of the words")
    check(browser.run("return window.pwned === undefined && document.querySelectorAll('main img').length === 0"),
          "markup in a customer's message is shown as text, never run")
    browser.screenshot("help-desk-frame.png")
    browser.frame(None)
    check(browser.run("return window.fetchInfoSeen") >= 1, "the page asked the help desk again with chatwoot-dashboard-app:fetch-info")


def main():
    binary = os.environ.get("ADVISOR_BINARY")
    if "--advisor" in sys.argv:
        binary = sys.argv[sys.argv.index("--advisor") + 1]
    if not binary:
        show = subprocess.run(["swift", "build", "--show-bin-path"], cwd=ROOT, capture_output=True, text=True)
        binary = str(pathlib.Path(show.stdout.strip()) / "advisor")
    if not os.access(binary, os.X_OK):
        raise SystemExit(f"no advisor binary at {binary}; run swift build first, or give --advisor PATH")
    chromium, driver = find_browser()
    if not chromium or not driver:
        missing = " and ".join(n for n, p in [("chromium", chromium), ("chromedriver", driver)] if not p)
        if os.environ.get("CI") == "true":
            raise SystemExit(f"browser test: {missing} missing under CI=true; .ci/run installs chromium and chromium-driver")
        print(f"notice: browser test skipped: {missing} not installed (apt-get install chromium chromium-driver)")
        return 0

    work = tempfile.mkdtemp(prefix="advisor-browser-")
    log = os.path.join(work, "audit.jsonl")
    hostile_server, hostile_base = serve_pages({"/hostile.html": HOSTILE})
    # The parent's page names the advisor's address, known only once it runs; the server reads the dict per request.
    parent_pages = {}
    parent_server, parent_base = serve_pages(parent_pages)
    advisor, base = start_advisor(binary, log, parent_base)
    parent_pages["/parent.html"] = PARENT.replace("ADVISOR", f"{base}/?token={TOKEN}&lang=en") \
        .replace("HOSTILE", f"{hostile_base}/hostile.html").replace("CONTEXT", json.dumps(CONTEXT))
    browser = None
    try:
        browser = WebDriver(driver, chromium)
        agent_session(browser, base, log, "en", "I know your CEO personally! Put me through to your boss or I'll go to the papers.",
                      [("category", "logistics-delay"), ("severity", "severe")], [("expectation", "300"), ("bottomLine", "50")],
                      True, "Complaint advisor")
        agent_session(browser, base, log, "zh", "我要投诉到消协！你们再不处理，我就找媒体曝光。",
                      [("category", "product-quality"), ("severity", "severe"), ("fault", "own")], [("expectation", "500")],
                      False, "客诉处理助手")
        help_desk_session(browser, parent_base)
    finally:
        if browser:
            browser.quit()
        advisor.terminate()
        advisor.wait(timeout=10)
        hostile_server.shutdown()
        parent_server.shutdown()
        shutil.rmtree(work, ignore_errors=True)
    print(f"{len(failures)} check(s) failed" if failures else "browser test: every check passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
