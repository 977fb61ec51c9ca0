"""AppTest entry: runs the real app.py from a folder without a pages/ directory beside it.

AppTest resets Streamlit's "uses the pages directory" flag before every run, and app.py sits beside
pages/, so AppTest on app.py itself would fall back to the old pages-folder mode and run a switched-to
page without app.py. Running app.py from here keeps every test run going through st.navigation.
"""
import runpy
from pathlib import Path

runpy.run_path(str(Path(__file__).resolve().parent.parent / "app.py"), run_name="__main__")
