"""PDF route sheets: per team and day, a page with the team's map and its visit table.

reportlab draws them (pure Python, no Qt), so ``missionplanner export PLAN --pdf DIR`` works
headless and the app writes the very same files.
"""

from missionplanner.export.pdf.sheets import PageInfo, write_route_pdf, write_route_pdfs

__all__ = ["PageInfo", "write_route_pdf", "write_route_pdfs"]
