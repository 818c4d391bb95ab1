"""Allows ``python -m tyoparipaivakirja``."""

import sys

from tyoparipaivakirja.cli import main

sys.exit(main())
