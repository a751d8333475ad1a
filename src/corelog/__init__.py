"""CoreLog: a private, offline training log for runners who train their core."""

__version__ = "0.1.0"
APP_NAME = "CoreLog"
ORG_NAME = "CoreLog"
ORG_DOMAIN = "corelog.app"
# The AppStream id, also the desktop entry's and the icon's name (packaging/).
APP_ID = "app.corelog.CoreLog"
