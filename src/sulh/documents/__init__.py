"""Printable documents: plain data in, PDF bytes out.

Nothing here reads the database or touches Qt. Right-to-left and mixed text is
laid out in `bidi_text`, once, for every document.
"""

from sulh.documents.agreement import render_agreement
from sulh.documents.fonts import UnprintableCharacter
from sulh.documents.letters import render_invitation, render_referral_letter
from sulh.documents.summary import render_case_summary

__all__ = ["UnprintableCharacter", "render_agreement", "render_case_summary",
           "render_invitation", "render_referral_letter"]
