"""财政决算看板: the entry point (`make dashboard`, or `streamlit run dashboard/app.py`).

Runs on every page render: the report selector in the sidebar, then the chosen page from
dashboard/views/. The warehouse is read read-only, one short-lived connection per render
(dashboard/data.py), from $FISCAL_WAREHOUSE or warehouse/fiscal.duckdb.
"""

from __future__ import annotations

import sys
from pathlib import Path

import streamlit as st

# `streamlit run` puts dashboard/ on sys.path, not the project root the package lives in.
PROJECT_DIR = Path(__file__).resolve().parent.parent
if str(PROJECT_DIR) not in sys.path:
    sys.path.insert(0, str(PROJECT_DIR))

from dashboard import ui  # noqa: E402

# Not "pages/": Streamlit treats a pages/ folder next to the entry point as the old automatic
# multipage layout and would run its scripts without this file.
PAGES_DIR = Path(__file__).resolve().parent / "views"
PAGES = [
    st.Page(PAGES_DIR / "overview.py", title="概览", icon=":material/dashboard:", default=True),
    st.Page(PAGES_DIR / "expenditure.py", title="支出明细", icon=":material/account_tree:", url_path="expenditure"),
    st.Page(PAGES_DIR / "three_public.py", title="三公经费", icon=":material/directions_car:", url_path="three_public"),
    st.Page(PAGES_DIR / "performance.py", title="绩效", icon=":material/task_alt:", url_path="performance"),
    st.Page(
        PAGES_DIR / "budget_outturn.py", title="预决算对比", icon=":material/compare_arrows:", url_path="budget_outturn"
    ),
    st.Page(PAGES_DIR / "audit.py", title="审计发现", icon=":material/fact_check:", url_path="audit"),
]

st.set_page_config(page_title="财政决算看板", page_icon=":material/account_balance:", layout="wide")
page = st.navigation(PAGES)
st.session_state["_report"] = ui.select_report()
if st.session_state["_report"] is None:
    st.stop()
page.run()
