"""Structured outputs: `messages.parse()` with a Pydantic model, and `output_config` by hand."""
# example-server: scripted:structured

import json

import pydantic
from anthropic import Anthropic, transform_schema


class Person(pydantic.BaseModel):
    name: str
    born: int


client = Anthropic()
message = client.messages.parse(
    max_tokens=1024,
    messages=[{"role": "user", "content": "Extract: Ada Lovelace, born 1815."}],
    model="claude-sonnet-4-5-20250929",
    output_format=Person,
)
person = message.parsed_output
assert isinstance(person, Person)
print("parsed:", person.name, person.born)

# The same request with the schema written out: the answer is JSON text to decode yourself.
raw = client.messages.create(
    max_tokens=1024,
    messages=[{"role": "user", "content": "Extract: Ada Lovelace, born 1815."}],
    model="claude-sonnet-4-5-20250929",
    output_config={"format": {"type": "json_schema", "schema": transform_schema(Person)}},
)
block = raw.content[0]
print("by hand:", json.loads(block.text) if block.type == "text" else block.type)
