from __future__ import annotations

from typing import Optional, Union

from typing_extensions import Annotated, Literal

from .._models import BaseModel, Discriminator
from .api_error import APIError
from .authentication_error import AuthenticationError
from .billing_error import BillingError
from .gateway_timeout_error import GatewayTimeoutError
from .invalid_request_error import InvalidRequestError
from .not_found_error import NotFoundError
from .overloaded_error import OverloadedError
from .permission_error import PermissionError
from .rate_limit_error import RateLimitError

__all__ = [
    "ErrorResponse",
]


class ErrorResponse(BaseModel):
    error: Annotated[
        Union[
            InvalidRequestError,
            AuthenticationError,
            BillingError,
            PermissionError,
            NotFoundError,
            RateLimitError,
            GatewayTimeoutError,
            APIError,
            OverloadedError,
        ],
        Discriminator("type"),
    ]
    request_id: Optional[str] = None
    type: Literal["error"]
