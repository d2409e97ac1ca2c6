"""The report stage: renderers that read the one `Report` model.

Modules: `terminal` (rich), `markdown`, `selectors` (W3C-style anchors for the browser
extension). JSON is the model itself (`Report.model_dump_json()`).
"""
