"""Karpear's desktop window (PySide6). Reads app/content and app/store; holds no content rules."""
