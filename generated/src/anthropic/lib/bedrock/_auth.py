"""AWS region and credentials for the Bedrock clients, and SigV4 signing with botocore.

boto3 and botocore are optional dependencies (the `bedrock` extra): they are imported only
when a request is signed or a region has to come from an AWS profile.
"""

from __future__ import annotations

import os
import threading
from typing import TYPE_CHECKING, Any, Optional

if TYPE_CHECKING:
    import httpx

__all__ = ["DEFAULT_REGION", "SERVICE_NAME", "resolve_region", "AWSSigner", "sign_request"]

DEFAULT_REGION = "us-east-1"
# The service name Bedrock's runtime endpoints are signed for.
SERVICE_NAME = "bedrock"

_MISSING_EXTRA = "{what} needs the `{module}` package: install it with `pip install anthropic[bedrock]`"


def _import_boto3(what: str) -> Any:
    try:
        import boto3
    except ImportError as err:
        raise ImportError(_MISSING_EXTRA.format(what=what, module="boto3")) from err
    return boto3


def _import_botocore(what: str) -> Any:
    try:
        import botocore.auth
        import botocore.awsrequest
        import botocore.credentials
    except ImportError as err:
        raise ImportError(_MISSING_EXTRA.format(what=what, module="botocore")) from err
    return botocore


def resolve_region(aws_region: Optional[str], aws_profile: Optional[str]) -> str:
    """The region to call: the argument, else `AWS_REGION`, else the AWS profile's or
    boto3's default configuration (which reads `AWS_DEFAULT_REGION` and ~/.aws/config),
    else us-east-1."""
    if aws_region:
        return aws_region
    region = os.environ.get("AWS_REGION")
    if region:
        return region
    try:
        import boto3
    except ImportError:
        return os.environ.get("AWS_DEFAULT_REGION") or DEFAULT_REGION
    session = boto3.Session(profile_name=aws_profile) if aws_profile else boto3.Session()
    return session.region_name or DEFAULT_REGION


class AWSSigner:
    """Signs requests for one set of credentials.

    Explicit keys are used as they are (only botocore is needed); otherwise the credentials
    come from a boto3 session for `profile` (the environment, ~/.aws, SSO, instance roles:
    boto3's usual chain), created once and asked again for each request so that temporary
    credentials are refreshed when they expire.
    """

    def __init__(
        self,
        *,
        region: str,
        access_key: Optional[str] = None,
        secret_key: Optional[str] = None,
        session_token: Optional[str] = None,
        profile: Optional[str] = None,
    ) -> None:
        self.region = region
        self._access_key = access_key
        self._secret_key = secret_key
        self._session_token = session_token
        self._profile = profile
        self._provider: Any = None
        self._lock = threading.Lock()

    @property
    def has_static_keys(self) -> bool:
        """Whether the credentials are the given keys (getting them never does I/O)."""
        return self._access_key is not None and self._secret_key is not None

    def _credential_source(self) -> Any:
        with self._lock:
            if self._provider is not None:
                return self._provider
            if self.has_static_keys:
                botocore = _import_botocore("Signing Bedrock requests")
                provider = botocore.credentials.Credentials(self._access_key, self._secret_key, self._session_token)
            else:
                boto3 = _import_boto3("Finding AWS credentials for Bedrock")
                session = boto3.Session(
                    profile_name=self._profile,
                    aws_access_key_id=self._access_key,
                    aws_secret_access_key=self._secret_key,
                    aws_session_token=self._session_token,
                )
                provider = session.get_credentials()
                if provider is None:
                    raise RuntimeError(
                        "No AWS credentials found for Bedrock: pass `aws_access_key` and `aws_secret_key`"
                        " (and `aws_session_token` for temporary credentials) or `aws_profile`, or configure"
                        " them the way boto3 finds them (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY,"
                        " AWS_PROFILE, ~/.aws/credentials, an instance role, ...)."
                    )
            self._provider = provider
            return provider

    def credentials(self) -> Any:
        """A frozen snapshot of the current credentials (may do I/O to refresh them)."""
        source = self._credential_source()
        frozen = getattr(source, "get_frozen_credentials", None)
        return frozen() if frozen is not None else source

    def sign(self, request: httpx.Request, credentials: Optional[Any] = None) -> None:
        """Add the SigV4 headers to `request` (its body must be in memory)."""
        sign_request(request, credentials if credentials is not None else self.credentials(), self.region)


def sign_request(request: httpx.Request, credentials: Any, region: str) -> None:
    """Sign `request` in place with AWS Signature Version 4 for Bedrock.

    Every header the request carries is signed except those botocore leaves out (hop-by-hop
    headers, `User-Agent`, ...), so the request must not change after this; the client
    signs each attempt right before sending it. A previous signature is replaced.
    """
    botocore = _import_botocore("Signing Bedrock requests")
    query = request.url.query
    if b"+" in query:
        # SigV4 wants spaces in the query as %20; urlencode wrote them as "+" (a literal "+"
        # is always "%2B"), and the server must see the query that was signed.
        request.url = request.url.copy_with(query=query.replace(b"+", b"%20"))
    headers: dict[str, str] = {}
    for name, value in request.headers.items():
        lower = name.lower()
        if lower in ("authorization", "x-amz-date", "x-amz-security-token"):
            continue  # left over from a previous attempt's signature
        headers[name] = value
    aws_request = botocore.awsrequest.AWSRequest(
        method=request.method,
        url=str(request.url),
        headers=headers,
        data=request.content,
    )
    botocore.auth.SigV4Auth(
        botocore.credentials.ReadOnlyCredentials(*_triple(credentials)), SERVICE_NAME, region
    ).add_auth(aws_request)
    for name in ("Authorization", "X-Amz-Date", "X-Amz-Security-Token"):
        value = aws_request.headers.get(name)
        if value is not None:
            request.headers[name] = value
        elif name in request.headers:
            del request.headers[name]


def _triple(credentials: Any) -> Any:
    return (credentials.access_key, credentials.secret_key, credentials.token)
