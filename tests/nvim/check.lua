-- Headless Neovim as a real LSP client of claimmark-language-server (run by tests/nvim/run.mjs).
-- Opens a sample article, checks a hover on its first claim, then types an untagged figure
-- and waits for the server's diagnostic. Prints "PASS name" / "FAIL name: why" lines.
local server = os.getenv('CLAIMMARK_SERVER')
local root = os.getenv('CLAIMMARK_ROOT')
local article = os.getenv('CLAIMMARK_ARTICLE')
local failures = 0

local function check(name, ok, why)
  if ok then print('PASS ' .. name) else failures = failures + 1; print('FAIL ' .. name .. ': ' .. tostring(why)) end
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(article))
  local buf = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({ name = 'claimmark', cmd = { 'node', server, '--stdio' }, root_dir = root })
  check('client starts', client_id ~= nil, 'start_client returned nil')
  vim.lsp.buf_attach_client(buf, client_id)
  local ready = vim.wait(15000, function()
    local c = vim.lsp.get_client_by_id(client_id)
    return c ~= nil and c.initialized
  end, 20)
  check('server initializes', ready, 'no initialize answer in 15 s')

  -- Hover on the first claim: the card names the claim's fact id.
  local lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
  local row, col, fact
  for i, line in ipairs(lines) do
    local s, _, f = line:find('%[[^%]]+%]{fact=([%w%._%-]+)')
    if s then row, col, fact = i - 1, s, f; break end
  end
  check('sample has a claim', row ~= nil, 'no [..]{fact=..} in ' .. article)
  if row then
    local params = { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = row, character = col } }
    local res = vim.lsp.buf_request_sync(buf, 'textDocument/hover', params, 10000) or {}
    local text = ''
    for _, r in pairs(res) do
      if r.result and r.result.contents then
        local c = r.result.contents
        text = type(c) == 'string' and c or (c.value or vim.inspect(c))
      end
    end
    check('hover names the fact', text:find(fact, 1, true) ~= nil, 'hover was: ' .. text:sub(1, 300))
  end

  -- Type an untagged figure at the end; the server must diagnose it.
  vim.api.nvim_buf_set_lines(buf, -1, -1, false, { 'Officials said 4,500 homes were destroyed.' })
  local last = #vim.api.nvim_buf_get_lines(buf, 0, -1, false) - 1
  local found = vim.wait(15000, function()
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      if d.lnum == last and tostring(d.code) == 'untagged-figure' then return true end
    end
    return false
  end, 20)
  local seen = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do table.insert(seen, d.lnum .. ':' .. tostring(d.code)) end
  check('untagged figure diagnosed on the edited line', found, 'diagnostics: ' .. table.concat(seen, ', '))

  vim.lsp.stop_client(client_id)
end)
if not ok then failures = failures + 1; print('FAIL lua error: ' .. tostring(err)) end
vim.cmd(failures == 0 and 'qall!' or 'cquit 1')
