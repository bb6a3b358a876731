"""The judge workspace: the window a judge uses through a day of defenses."""
