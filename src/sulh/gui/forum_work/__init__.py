"""The forum work tab: members, meetings and their minutes, trainings and awareness
campaigns, and quarterly community survey rounds with their chart."""

from sulh.gui.forum_work.panel import ForumWorkPanel

__all__ = ["ForumWorkPanel"]
