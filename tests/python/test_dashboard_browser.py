"""The dashboard in a real headless browser (Debian's Chromium): every page loads and shows its figures.

`make test` installs Chromium (`make browser`) when it is missing. Screenshots of each page
are saved to artifacts/dashboard/ for a person to look at.
"""

import os
import shutil
import subprocess
import sys
import time
import urllib.request

import pytest
from conftest import PROJECT_DIR, free_port
from playwright.sync_api import sync_playwright

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = PROJECT_DIR / "artifacts" / "dashboard"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
]
# (url path, what must appear for the default report, Changji; figures from doc 002 lines 135,
# 143, 161, 239, 456, 589, 2013 and 247). Metrics are formatted, table cells are as stored.
PAGES = [
    ("", ["3,205.91 万元", "3,008.60 万元", "84.35"]),
    ("expenditure", ["社会保障和就业支出", "2391.86"]),
    ("three_public", ["9.18 万元", "三公经费合计"]),
    ("performance", ["1,949.31 万元", "案件调解率", "=52.4%"]),
    ("audit", ["其他支出", "1.87", "1.8766"]),  # printed share and 49.51 / 2638.26
]
FILTER_LABEL = "筛选报告（单位名称、地区或报告编号）"


@pytest.fixture(scope="module")
def dashboard_url(warehouse):
    assert os.path.exists(CHROMIUM), "Chromium is missing: run `make browser` (make test does)"
    port = free_port()
    env = dict(os.environ, FISCAL_WAREHOUSE=str(warehouse), STREAMLIT_BROWSER_GATHER_USAGE_STATS="false")
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            str(PROJECT_DIR / "dashboard" / "app.py"),
            "--server.headless",
            "true",
            "--server.port",
            str(port),
            "--server.address",
            "127.0.0.1",
        ],
        cwd=PROJECT_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(60):
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=1) as response:
                    if response.read() == b"ok":
                        break
            except OSError:
                time.sleep(0.5)
        else:
            pytest.fail("the dashboard did not become healthy")
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_every_page_renders_its_figures_in_chromium(dashboard_url, tmp_path):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS[1:], headless=True)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        for path, figures in PAGES:
            page.goto(f"{dashboard_url}/{path}")
            for figure in figures:
                # Dataframes draw on a canvas; their cells are in the DOM for accessibility, hidden.
                page.get_by_text(figure, exact=False).first.wait_for(state="attached", timeout=20000)
            body = page.inner_text("body")
            assert "Traceback" not in body and "Error" not in body, path
            page.screenshot(path=str(ARTIFACTS / f"{path or 'overview'}.png"), full_page=True)
        browser.close()


def test_the_report_filter_narrows_the_selector_in_chromium(dashboard_url):
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS[1:], headless=True)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(f"{dashboard_url}/three_public")
        page.get_by_text("9.18 万元").first.wait_for(timeout=20000)
        box = page.get_by_label(FILTER_LABEL)

        # Part of Tongcheng's unit name: the only match, chosen and shown (its header names it).
        box.fill("通城")
        box.press("Enter")
        page.get_by_text("共 1 份报告符合条件。").wait_for(timeout=20000)
        page.get_by_text("通城县人力资源和社会保障局 · 2023 年度部门决算").wait_for(timeout=20000)
        page.get_by_text("三公经费合计").first.wait_for(timeout=20000)
        page.get_by_test_id("stSelectbox").first.click()
        options = page.get_by_role("option")
        options.first.wait_for(timeout=20000)
        assert options.all_inner_texts() == ["通城县人力资源和社会保障局（2023 年）"]
        page.keyboard.press("Escape")

        box.fill("没有这个单位")
        box.press("Enter")
        page.get_by_text("没有符合筛选条件“没有这个单位”的报告").wait_for(timeout=20000)
        # The page stopped: its tables go once the run has finished.
        page.get_by_text("三公经费合计").first.wait_for(state="detached", timeout=20000)
        body = page.inner_text("body")
        assert "Traceback" not in body and "Error" not in body
        page.screenshot(path=str(ARTIFACTS / "filter_no_match.png"), full_page=True)
        browser.close()
