"""Builds the message from the raw stream events, in time linear in the number of events.

Text and thinking are kept as lists of the pieces that arrived and JSON tool input as a list
of JSON fragments. They are joined (and the JSON parsed, with jiter's partial mode) only
when someone reads them: a snapshot field of an event, `current_message_snapshot`, or the
end of the block. Each join starts from the previous one, so reading the snapshot once at
the end costs one pass over the text, and a stream nobody inspects costs no joins at all.

The same accumulator serves the sync and async streams, plain and beta; a `Flavor` names
the classes that differ.
"""

from __future__ import annotations

from typing import Any, Optional

import jiter

from .._parse._response import is_type_format, parse_text
from ._lazy import build_model, fields_of

__all__ = ["Flavor", "StreamAccumulator"]


def _join(chunks: list[str]) -> str:
    # One place that joins accumulated pieces (tests count the work done here).
    return "".join(chunks)


def _parse_json(text: str) -> Any:
    # One place that parses accumulated JSON (tests count the work done here).
    return jiter.from_json(text.encode("utf-8"), partial_mode=True)


class Flavor:
    """The model classes of one API flavour (plain or beta)."""

    def __init__(
        self,
        *,
        message: Any,
        text_block: Any,
        text_event: Any,
        citation_event: Any,
        thinking_event: Any,
        signature_event: Any,
        input_json_event: Any,
        compaction_event: Any,
        message_stop_event: Any,
        block_stop_event: Any,
    ) -> None:
        self.message = message
        self.text_block = text_block
        self.text_event = text_event
        self.citation_event = citation_event
        self.thinking_event = thinking_event
        self.signature_event = signature_event
        self.input_json_event = input_json_event
        self.compaction_event = compaction_event
        self.message_stop_event = message_stop_event
        self.block_stop_event = block_stop_event
        self.fields = {
            cls: fields_of(cls)
            for cls in (citation_event, signature_event, compaction_event, message_stop_event, block_stop_event)
            if cls is not None
        }


def _set_field(model: Any, name: str, value: Any) -> None:
    model.__dict__[name] = value
    model.__pydantic_fields_set__.add(name)


def _copy_block(block: Any, text_block_cls: Any) -> Any:
    """A copy of a content block the accumulator may change (the raw event keeps its own)."""
    values = dict(block.__dict__)
    citations = values.get("citations")
    if isinstance(citations, list):
        values["citations"] = list(citations)
    fields_set = set(block.__pydantic_fields_set__)
    extra = block.__pydantic_extra__
    cls = type(block)
    if values.get("type") == "text" and cls is not text_block_cls:
        cls = text_block_cls
        values.setdefault("parsed_output", None)
    obj = build_model(cls, values, fields_set)
    if extra:
        object.__setattr__(obj, "__pydantic_extra__", dict(extra))
    return obj


class _TextChunks:
    """The pieces of one block's text (or thinking), joined on demand."""

    __slots__ = ("block", "field", "chunks", "_joined", "_joined_n", "_synced_n")

    def __init__(self, block: Any, field: str) -> None:
        initial = block.__dict__.get(field) or ""
        self.block = block
        self.field = field
        self.chunks: list[str] = [initial] if initial else []
        self._joined = initial
        self._joined_n = self._synced_n = len(self.chunks)

    def value_at(self, count: int) -> str:
        """The text made of the first `count` pieces."""
        joined_n = self._joined_n
        if count == joined_n:
            return self._joined
        if count > joined_n:
            pieces = self.chunks[joined_n:count]
            if joined_n:
                pieces.insert(0, self._joined)
            text = _join(pieces)
            self._joined, self._joined_n = text, count
            return text
        return _join(self.chunks[:count])  # an older event's snapshot, read late

    def sync(self) -> None:
        count = len(self.chunks)
        if count != self._synced_n:
            self._synced_n = count
            _set_field(self.block, self.field, self.value_at(count))


class _JsonChunks:
    """The JSON fragments of one tool call's input, parsed on demand."""

    __slots__ = ("block", "chunks", "_initial", "_text", "_text_n", "_parsed", "_parsed_n", "_synced_n")

    field = "input"

    def __init__(self, block: Any) -> None:
        self.block = block
        self.chunks: list[str] = []
        self._initial = block.__dict__.get("input")
        self._text = ""
        self._text_n = self._parsed_n = self._synced_n = 0
        self._parsed: Any = self._initial

    def _text_at(self, count: int) -> str:
        text_n = self._text_n
        if count == text_n:
            return self._text
        if count > text_n:
            pieces = self.chunks[text_n:count]
            if text_n:
                pieces.insert(0, self._text)
            text = _join(pieces)
            self._text, self._text_n = text, count
            return text
        return _join(self.chunks[:count])

    def value_at(self, count: int) -> Any:
        """The input parsed from the first `count` fragments."""
        if count == self._parsed_n:
            return self._parsed
        text = self._text_at(count)
        if not text.strip():
            parsed = self._initial
        else:
            try:
                parsed = _parse_json(text)
            except ValueError:
                parsed = self._parsed if count > self._parsed_n else self._initial
        if count > self._parsed_n:
            self._parsed, self._parsed_n = parsed, count
        return parsed

    def sync(self) -> None:
        count = len(self.chunks)
        if count != self._synced_n:
            self._synced_n = count
            _set_field(self.block, "input", self.value_at(count))


class StreamAccumulator:
    """The message built so far from the raw events fed to it.

    `feed(event)` returns the helper events to emit after (or instead of) the raw one:
    see the stream classes for the order. `feed_quietly(event)` does the same work without
    building helper events (for `text_stream`, `until_done()` and the like).
    """

    def __init__(self, flavor: Flavor, output_format: Any) -> None:
        self.flavor = flavor
        self.output_format = output_format if is_type_format(output_format) else None
        self.message: Any = None
        self.blocks: dict[int, Any] = {}
        self.states: dict[int, Any] = {}

    # -- reading ---------------------------------------------------------------------

    def snapshot(self) -> Any:
        """The message so far, with every block's text and input brought up to date."""
        message = self.message
        if message is None:
            raise RuntimeError("the stream has not sent its `message_start` event yet")
        for state in self.states.values():
            state.sync()
        return message

    # -- the hot path: text --------------------------------------------------------------

    def add_text(self, index: int, text: str) -> Optional[_TextChunks]:
        """Record a `text_delta`; returns the block's text state (None if there is no text block)."""
        state: Optional[_TextChunks] = self.states.get(index)
        if state is None or state.field != "text":
            state = self._state(index, "text")
            if state is None:
                return None
        state.chunks.append(text)
        return state

    # -- every event --------------------------------------------------------------------

    def feed(self, event: Any) -> Any:
        """Accumulate `event`; returns the helper event to emit with it, or None.

        For `content_block_stop` and `message_stop` the returned event replaces the raw one.
        """
        kind = event.type
        if kind == "content_block_delta":
            return self._delta(event, True)
        if kind == "content_block_stop":
            return self._block_stop(event, True)
        if kind == "message_delta":
            self._message_delta(event)
        elif kind == "content_block_start":
            self._block_start(event)
        elif kind == "message_start":
            self._message_start(event)
        elif kind == "message_stop":
            return self._message_stop(True)
        return None

    def feed_quietly(self, event: Any) -> None:
        """Accumulate `event` without building helper events."""
        kind = event.type
        if kind == "content_block_delta":
            delta = event.delta
            if delta.type == "text_delta":
                self.add_text(event.index, delta.text)
            else:
                self._delta(event, False)
        elif kind == "content_block_stop":
            self._block_stop(event, False)
        elif kind == "message_delta":
            self._message_delta(event)
        elif kind == "content_block_start":
            self._block_start(event)
        elif kind == "message_start":
            self._message_start(event)
        elif kind == "message_stop":
            self._message_stop(False)

    # -- the events -----------------------------------------------------------------------

    def _message_start(self, event: Any) -> None:
        message = event.message
        flavor = self.flavor
        values = dict(message.__dict__)
        values["content"] = [_copy_block(block, flavor.text_block) for block in message.content]
        usage = values.get("usage")
        if usage is not None and hasattr(usage, "model_copy"):
            values["usage"] = usage.model_copy()
        snapshot = build_model(flavor.message, values, set(message.__pydantic_fields_set__))
        extra = message.__pydantic_extra__
        if extra:
            object.__setattr__(snapshot, "__pydantic_extra__", dict(extra))
        self.message = snapshot
        self.blocks = dict(enumerate(values["content"]))
        self.states = {}

    def _block_start(self, event: Any) -> None:
        message = self.message
        if message is None:
            return
        block = _copy_block(event.content_block, self.flavor.text_block)
        index = event.index
        content = message.content
        previous = self.blocks.get(index)
        for position, existing in enumerate(content if previous is not None else ()):
            if existing is previous:
                content[position] = block  # the block at this index started again
                break
        else:
            content.append(block)
        self.blocks[index] = block
        self.states.pop(index, None)

    def _state(self, index: int, field: str) -> Any:
        """The accumulation state of block `index` for `field`, made on first use."""
        block = self.blocks.get(index)
        if block is None:
            return None
        state = self.states.get(index)
        if state is not None and state.field == field:
            return state
        if field == "input":
            if "input" not in block.__dict__:
                return None
            state = _JsonChunks(block)
        else:
            if block.__dict__.get("type") != field:  # "text" / "thinking" blocks
                return None
            state = _TextChunks(block, field)
        if index in self.states:
            self.states[index].sync()
        self.states[index] = state
        return state

    def _delta(self, event: Any, emit: bool) -> Any:
        delta = event.delta
        kind = delta.type
        index = event.index
        flavor = self.flavor
        if kind == "text_delta":
            text = delta.text
            state = self.add_text(index, text)
            if state is None or not emit:
                return None
            return flavor.text_event._pending({"type": "text", "text": text}, state, len(state.chunks))
        if kind == "input_json_delta":
            state = self._state(index, "input")
            if state is None:
                return None
            partial = delta.partial_json
            state.chunks.append(partial)
            if not emit:
                return None
            return flavor.input_json_event._pending(
                {"type": "input_json", "partial_json": partial}, state, len(state.chunks)
            )
        if kind == "thinking_delta":
            state = self._state(index, "thinking")
            if state is None:
                return None
            thinking = delta.thinking
            state.chunks.append(thinking)
            if not emit:
                return None
            return flavor.thinking_event._pending({"type": "thinking", "thinking": thinking}, state, len(state.chunks))
        block = self.blocks.get(index)
        if block is None:
            return None
        block_type = block.__dict__.get("type")
        if kind == "signature_delta":
            if block_type != "thinking":
                return None
            _set_field(block, "signature", delta.signature)
            if not emit:
                return None
            cls = flavor.signature_event
            return build_model(cls, {"type": "signature", "signature": delta.signature}, flavor.fields[cls])
        if kind == "citations_delta":
            if block_type != "text":
                return None
            citations = block.__dict__.get("citations")
            if citations is None:
                citations = []
                _set_field(block, "citations", citations)
            citations.append(delta.citation)
            if not emit:
                return None
            cls = flavor.citation_event
            return build_model(
                cls, {"type": "citation", "citation": delta.citation, "snapshot": list(citations)}, flavor.fields[cls]
            )
        if kind == "compaction_delta" and flavor.compaction_event is not None:
            if block_type != "compaction":
                return None
            _set_field(block, "content", delta.content)
            if not emit:
                return None
            cls = flavor.compaction_event
            return build_model(cls, {"type": "compaction", "content": delta.content}, flavor.fields[cls])
        return None

    def _block_stop(self, event: Any, emit: bool) -> Any:
        index = event.index
        block = self.blocks.get(index)
        if block is None:
            return None
        state = self.states.get(index)
        if state is not None:
            state.sync()
        if self.output_format is not None and block.__dict__.get("type") == "text":
            _set_field(block, "parsed_output", parse_text(block.__dict__.get("text") or "", self.output_format))
        if not emit:
            return None
        cls = self.flavor.block_stop_event
        return build_model(
            cls, {"type": "content_block_stop", "index": index, "content_block": block}, self.flavor.fields[cls]
        )

    def _message_delta(self, event: Any) -> None:
        message = self.message
        if message is None:
            return
        delta = event.delta
        _set_field(message, "stop_reason", delta.stop_reason)
        _set_field(message, "stop_sequence", delta.stop_sequence)
        container = delta.__dict__.get("container")
        if container is not None:
            _set_field(message, "container", container)
        context_management = event.__dict__.get("context_management")
        if context_management is not None:
            _set_field(message, "context_management", context_management)
        usage = message.usage
        new = event.usage
        if usage is not None and new is not None:
            # Running totals: every count the event carries replaces the one we have.
            known = fields_of(type(usage))
            for name, value in new.__dict__.items():
                if value is not None and name in known:
                    _set_field(usage, name, value)

    def _message_stop(self, emit: bool) -> Any:
        if self.message is None:
            return None
        message = self.snapshot()
        if not emit:
            return None
        cls = self.flavor.message_stop_event
        return build_model(cls, {"type": "message_stop", "message": message}, self.flavor.fields[cls])
