"""The facilitator's session brief: content builder, intake form and renderers (md, docx, pdf)."""
