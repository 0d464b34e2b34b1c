-- Headless Neovim (0.7 API) as a real LSP client of budgetlint-language-server.
-- Environment: BL_SERVER (bin script), BL_DRAFT (a .md file), BL_OUT (JSON written here).
local out_path = vim.env.BL_OUT
local draft = vim.env.BL_DRAFT
local result = { steps = {} }

local function step(name, value) result.steps[#result.steps + 1] = name; result[name] = value end

local function snapshot(bufnr)
  local items = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local lsp = (d.user_data or {}).lsp or {}
    local related = {}
    for _, r in ipairs(lsp.relatedInformation or {}) do related[#related + 1] = r.message end
    items[#items + 1] = {
      lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      severity = d.severity, message = d.message, source = d.source,
      code = d.code or lsp.code, href = lsp.codeDescription and lsp.codeDescription.href or vim.NIL,
      related = related,
    }
  end
  return items
end

local ok, err = pcall(function()
  vim.cmd('filetype on')
  local client_id = vim.lsp.start_client({
    name = 'budgetlint',
    cmd = { 'node', vim.env.BL_SERVER, '--stdio' },
    root_dir = vim.fn.fnamemodify(draft, ':h'),
    init_options = { debounceMs = 30 },
  })
  assert(client_id, 'start_client failed')
  vim.cmd('edit ' .. vim.fn.fnameescape(draft))
  local bufnr = vim.api.nvim_get_current_buf()
  step('filetype', vim.bo[bufnr].filetype)
  vim.lsp.buf_attach_client(bufnr, client_id)

  step('published', vim.wait(20000, function() return #vim.diagnostic.get(bufnr) > 0 end, 20))
  step('diagnostics', snapshot(bufnr))

  local uri = vim.uri_from_bufnr(bufnr)
  local hover = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover',
    { textDocument = { uri = uri }, position = { line = 2, character = 10 } }, 5000)
  local h = hover and hover[client_id] and hover[client_id].result
  step('hover', h and h.contents and h.contents.value or vim.NIL)

  local actions = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', {
    textDocument = { uri = uri },
    range = { start = { line = 2, character = 10 }, ['end'] = { line = 2, character = 10 } },
    context = { diagnostics = {} },
  }, 5000)
  local titles = {}
  for _, a in ipairs(actions and actions[client_id] and actions[client_id].result or {}) do titles[#titles + 1] = a.title end
  step('actions', titles)

  -- Neovim 0.7 cannot watch files for a server: the server watches the folder itself.
  vim.fn.writefile({ '{ "rules": { "sum-mismatch": "warn" } }' }, vim.fn.fnamemodify(draft, ':h') .. '/budgetlint.config.json')
  step('reloaded', vim.wait(10000, function()
    local d = vim.diagnostic.get(bufnr)
    return #d > 0 and d[1].severity == vim.diagnostic.severity.WARN
  end, 20))
  step('after_reload', snapshot(bufnr))

  -- An edit typed into the buffer (incremental sync): fix the total, then break a component.
  vim.api.nvim_buf_set_text(bufnr, 2, 27, 2, 32, { '26.62' })
  step('cleared', vim.wait(10000, function() return #vim.diagnostic.get(bufnr) == 0 end, 20))
  vim.api.nvim_buf_set_lines(bufnr, 5, 6, true, { '（3）专项转移支付6.27亿元。' })
  step('rebroken', vim.wait(10000, function() return #vim.diagnostic.get(bufnr) > 0 end, 20))
  step('after_edit', snapshot(bufnr))
  step('text', table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, true), '\n'))

  vim.lsp.stop_client(client_id)
end)

result.ok = ok
result.error = ok and vim.NIL or tostring(err)
vim.fn.writefile({ vim.fn.json_encode(result) }, out_path)
vim.cmd('qa!')
