-- Run by neovim.editor.ts inside `nvim --headless --clean`: opens an article
-- the way a Neovim user with Copydesk set up would (a *.news file gets the
-- `news` filetype, whose FileType autocommand starts the server and attaches
-- it), then writes what Neovim received to $COPYDESK_OUT as JSON.
-- Written for Neovim 0.7 (Debian bookworm): no vim.lsp.start, no -l.
local article = os.getenv('COPYDESK_ARTICLE')
local out = os.getenv('COPYDESK_OUT')
local cmd = vim.fn.json_decode(os.getenv('COPYDESK_SERVER_CMD'))
local TIMEOUT_MS = 20000

local function write_report(report)
  local file = assert(io.open(out, 'w'))
  file:write(vim.fn.json_encode(report))
  file:close()
end

-- What a user sees in `:lua vim.diagnostic.get()`, in 1-based lines and columns like the CLI's.
local function diagnostics_of(buf)
  local seen = {}
  for _, diagnostic in ipairs(vim.diagnostic.get(buf)) do
    table.insert(seen, {
      code = diagnostic.code,
      message = diagnostic.message,
      line = diagnostic.lnum + 1,
      column = diagnostic.col + 1,
    })
  end
  return seen
end

local function wait_for_diagnostics(buf, accept)
  return vim.wait(TIMEOUT_MS, function()
    local current = vim.diagnostic.get(buf)
    return #current > 0 and accept(current)
  end, 50)
end

local function has_code(diagnostics, code)
  for _, diagnostic in ipairs(diagnostics) do
    if diagnostic.code == code then return true end
  end
  return false
end

-- `K` on the first relative date: the hover's text.
local function hover_on(buf, word)
  for index, text in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
    local column = text:find(word, 1, true)
    if column then
      vim.api.nvim_win_set_cursor(0, { index, column })
      local answers = vim.lsp.buf_request_sync(buf, 'textDocument/hover', vim.lsp.util.make_position_params(), TIMEOUT_MS)
      for _, answer in pairs(answers or {}) do
        if answer.result then return { line = index, word = word, contents = answer.result.contents } end
      end
    end
  end
  return vim.NIL
end

-- What `:lua vim.lsp.buf.code_action()` lists on the scrape artifact's line; its quick fix is then applied.
local function quick_fix_artifact(buf, client)
  for _, diagnostic in ipairs(vim.diagnostic.get(buf)) do
    if diagnostic.code == 'scrape-artifact' then
      vim.api.nvim_win_set_cursor(0, { diagnostic.lnum + 1, diagnostic.col })
      local params = vim.lsp.util.make_range_params()
      params.context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(buf) }
      local answers = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', params, TIMEOUT_MS)
      local titles, fix = {}, nil
      for _, answer in pairs(answers or {}) do
        for _, action in ipairs(answer.result or {}) do
          table.insert(titles, action.title)
          if fix == nil and action.kind == 'quickfix' and action.edit then fix = action end
        end
      end
      if fix then vim.lsp.util.apply_workspace_edit(fix.edit, client.offset_encoding) end
      return { titles = titles, applied = fix and fix.title or vim.NIL }
    end
  end
  return vim.NIL
end

-- docs/editors.md's handler for the counts above the headline: the mentions go to the quickfix list.
vim.lsp.commands['copydesk.showMentions'] = function(command)
  vim.fn.setqflist({}, ' ', { title = command.title, items = vim.lsp.util.locations_to_items(command.arguments[3], 'utf-16') })
  vim.cmd('copen')
end

-- `:lua vim.lsp.codelens.run()` on the headline, choosing the people's count from
-- the menu it shows (the line holds one count per kind): what lands in the quickfix list.
local function list_people(buf)
  vim.lsp.codelens.refresh()
  if not vim.wait(TIMEOUT_MS, function() return #vim.lsp.codelens.get(buf) > 0 end, 50) then return vim.NIL end
  local titles = {}
  for _, lens in ipairs(vim.lsp.codelens.get(buf)) do table.insert(titles, lens.command.title) end
  vim.ui.select = function(options, opts, on_choice)
    for index, option in ipairs(options) do
      local label = opts.format_item and opts.format_item(option) or tostring(option)
      if label:match('person') or label:match('people') then return on_choice(option, index) end
    end
    on_choice(nil, nil)
  end
  vim.api.nvim_win_set_cursor(0, { 1, 0 })
  vim.lsp.codelens.run()
  local mentions = {}
  for _, item in ipairs(vim.fn.getqflist()) do
    -- The quickfix columns count bytes; the mention starts there.
    local line = vim.api.nvim_buf_get_lines(item.bufnr, item.lnum - 1, item.lnum, false)[1]
    table.insert(mentions, { line = item.lnum, text = line:sub(item.col) })
  end
  vim.cmd('cclose')
  return { titles = titles, mentions = mentions }
end

local function run()
  vim.cmd('autocmd BufRead,BufNewFile *.news setfiletype news')
  vim.api.nvim_create_autocmd('FileType', {
    pattern = 'news',
    callback = function(args)
      local id = vim.lsp.start_client({ name = 'copydesk', cmd = cmd, root_dir = vim.fn.fnamemodify(args.file, ':p:h') })
      vim.lsp.buf_attach_client(args.buf, id)
    end,
  })
  vim.cmd('edit ' .. vim.fn.fnameescape(article))
  local buf = vim.api.nvim_get_current_buf()
  local report = { filetype = vim.bo[buf].filetype, diagnostics = {} }
  if not wait_for_diagnostics(buf, function() return true end) then
    report.error = 'no diagnostics within ' .. TIMEOUT_MS .. ' ms'
    return report
  end
  report.diagnostics = diagnostics_of(buf)
  local client = vim.lsp.get_active_clients()[1]
  report.server = client.name
  report.hover = hover_on(buf, 'Thursday')
  report.lenses = list_people(buf)
  vim.api.nvim_set_current_buf(buf)
  report.codeActions = quick_fix_artifact(buf, client)
  -- The fix reached the server as an incremental didChange: it answers with fresh diagnostics.
  wait_for_diagnostics(buf, function(current) return not has_code(current, 'scrape-artifact') end)
  report.afterQuickFix = diagnostics_of(buf)
  return report
end

local ok, report = pcall(run)
write_report(ok and report or { error = tostring(report), diagnostics = {} })
vim.cmd('qa!')
