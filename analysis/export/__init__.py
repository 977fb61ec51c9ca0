"""Documents built from plain frames: tables as .xlsx, the meeting deck (.pptx) and its workbook."""
