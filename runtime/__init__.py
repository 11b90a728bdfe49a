"""The runtime core of every generated SDK: transport, retries, errors, responses, streaming,
pagination and models. Its modules are copied into each generated package (they import each
other relatively); `_settings` here is a stand-in for the one the generator writes. See README.md.
"""
