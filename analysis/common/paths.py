"""Where the shipped data lives: the repository's data/ folder (frameworks, rules, templates, samples)."""
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parents[2] / "data"
SAMPLES_DIR = DATA_DIR / "samples"
