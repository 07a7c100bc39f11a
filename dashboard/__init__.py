"""财政决算看板 / A Streamlit dashboard over the fiscal warehouse (read-only).

`make dashboard` runs `dashboard/app.py`; `data.py` is the only module that touches the
warehouse, `ui.py` formats figures and renders what every page shares, `views/` holds one
script per page.
"""
