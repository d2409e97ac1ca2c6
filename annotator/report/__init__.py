"""The report stage: the report's sections built once as plain data, and the renderers that
walk them.

Modules: `sections` (what the report says, in order: summary, outlet, provenance, article,
flags, text), `facts` (an outlet's cited claims as lines, and the one-line outlet summary),
`provenance` (the provenance stage's findings as lines), the renderers `terminal` (rich),
`markdown` and `html`, and `selectors` (W3C-style anchors for the browser extension). JSON is
the model itself (`Report.model_dump_json()`).
"""
