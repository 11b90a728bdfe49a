"""Pagination: let iteration fetch the pages, or go page by page."""
# example-server: prism

from anthropic import Anthropic

client = Anthropic()

# Iterating over the result walks through every page (bounded here to keep the output short).
for count, model in enumerate(client.models.list(limit=20), start=1):
    print("model:", model.id)
    if count == 3:
        break

# Page by page.
page = client.models.list(limit=20)
print("first page:", len(page.data), "items, more:", page.has_next_page())
for number, each in enumerate(page.iter_pages(), start=1):
    print("page", number, [model.id for model in each.data][:2])
    if number == 2:
        break
