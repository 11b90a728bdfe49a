"""Google credentials for the Vertex AI clients.

google-auth is an optional dependency (the `vertex` extra): it is imported only when the
client has to find or refresh credentials itself, never when an `access_token` is given.
"""

from __future__ import annotations

import threading
from typing import Any, Optional

__all__ = ["SCOPES", "load_default_credentials", "refresh_credentials", "CredentialsHolder"]

# The OAuth scope Vertex AI calls need.
SCOPES = ["https://www.googleapis.com/auth/cloud-platform"]

_MISSING_EXTRA = (
    "Authenticating to Vertex AI without an `access_token` needs the `google-auth` package"
    " (with `requests`): install it with `pip install anthropic[vertex]`"
)


def _import_google_auth() -> Any:
    try:
        import google.auth
        import google.auth.transport.requests
    except ImportError as err:
        raise ImportError(_MISSING_EXTRA) from err
    return google.auth


def load_default_credentials() -> tuple[Any, Optional[str]]:
    """Application Default Credentials and the project they belong to (if known)."""
    google_auth = _import_google_auth()
    credentials, project_id = google_auth.default(scopes=SCOPES)
    return credentials, project_id


def refresh_credentials(credentials: Any) -> None:
    google_auth = _import_google_auth()
    credentials.refresh(google_auth.transport.requests.Request())


def _needs_refresh(credentials: Any) -> bool:
    if not getattr(credentials, "token", None):
        return True
    valid = getattr(credentials, "valid", None)
    if valid is not None:
        return not valid
    return bool(getattr(credentials, "expired", False))


class CredentialsHolder:
    """The credentials of one client: given, or found on first use; refreshed when expired.

    Thread-safe; every method may block on I/O (reading key files, the metadata server,
    token endpoints), so async clients call them from a worker thread.
    """

    def __init__(self, credentials: Any = None) -> None:
        self.credentials = credentials
        self._lock = threading.Lock()

    def load(self) -> tuple[Any, Optional[str]]:
        """The credentials (found with Application Default Credentials when none were
        given) and the project they name, if any."""
        with self._lock:
            if self.credentials is None:
                credentials, project_id = load_default_credentials()
                self.credentials = credentials
                return credentials, project_id
            return self.credentials, getattr(self.credentials, "project_id", None)

    def needs_refresh(self) -> bool:
        return self.credentials is None or _needs_refresh(self.credentials)

    def token(self) -> str:
        """A current access token, refreshing the credentials first if it has expired."""
        credentials, _ = self.load()
        with self._lock:
            if _needs_refresh(credentials):
                refresh_credentials(credentials)
            token = credentials.token
        if not token:
            raise RuntimeError("The Google credentials gave no access token after a refresh")
        return str(token)
