"""Amazon Bedrock, Google Vertex AI and Microsoft Foundry clients.

Each reads its base URL override from the environment (ANTHROPIC_BEDROCK_BASE_URL,
ANTHROPIC_VERTEX_BASE_URL, ANTHROPIC_FOUNDRY_BASE_URL); credentials come from the usual
sources of each platform (here: AWS_* variables, an explicit Google access token, and
ANTHROPIC_FOUNDRY_API_KEY).
"""
# example-server: scripted:platforms

import os

from anthropic import AnthropicBedrock, AnthropicFoundry, AnthropicVertex

question = [{"role": "user", "content": "Hello"}]

bedrock = AnthropicBedrock(aws_region="us-west-2")
message = bedrock.messages.create(max_tokens=64, messages=question, model="anthropic.claude-sonnet-4-5-20250929-v1:0")
print("bedrock:", message.content[0].type)

vertex = AnthropicVertex(
    region="us-east5", project_id="example-project", access_token=os.environ["VERTEX_ACCESS_TOKEN"]
)
message = vertex.messages.create(max_tokens=64, messages=question, model="claude-sonnet-4-5@20250929")
print("vertex:", message.content[0].type)

foundry = AnthropicFoundry()
message = foundry.messages.create(max_tokens=64, messages=question, model="claude-sonnet-4-5")
print("foundry:", message.content[0].type)
