"""An MCP server's tool that asks the client's model to complete its text (sampling)."""

from fastmcp import Context, FastMCP

mcp = FastMCP("tools")


@mcp.tool
async def summarize(content: str, ctx: Context) -> str:
    result = await ctx.sample(f"Tóm tắt văn bản sau:\n\n{content}")
    return result.text or ""


@mcp.tool
async def log_only(content: str, ctx: Context) -> str:
    await ctx.info(f"received {len(content)} characters")
    return "ok"
