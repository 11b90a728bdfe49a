"""Logging: ANTHROPIC_LOG=info (or debug) in the environment, or the standard logging module."""
# example-server: prism

import logging
import sys

from anthropic import Anthropic

logging.basicConfig(stream=sys.stdout, format="%(name)s %(levelname)s %(message)s")
logging.getLogger("anthropic").setLevel(logging.DEBUG)

client = Anthropic()
client.models.list(limit=1)
print("done")
