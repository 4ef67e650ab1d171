/*
 * A fake Excel host: the part of Office.js the task pane uses, over an in-memory workbook. It keeps Office's
 * rules that matter to the pane — a property must be loaded and synced before it is read, a request over
 * 5 MB is refused — and counts every context.sync(). Plain JavaScript so that the same file serves jest
 * (require) and the browser test (in place of office.js).
 */
(function (root) {
  "use strict";

  var LIMIT = 5 * 1024 * 1024;

  function colIndex(letters) {
    var n = 0;
    for (var i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
    return n - 1;
  }
  function colLetters(index) {
    var s = "";
    for (var n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return s;
  }
  function parseCell(a) {
    var m = /^\$?([A-Z]+)\$?(\d+)$/.exec(a);
    if (!m) throw new Error("InvalidArgument: bad address " + a);
    return { r: Number(m[2]) - 1, c: colIndex(m[1]) };
  }
  /** "Sheet!A1:B2" → { sheet, top, left, rows, cols } */
  function parseAddress(address) {
    var sheet = null;
    var i = address.lastIndexOf("!");
    if (i >= 0) {
      sheet = address.slice(0, i).replace(/^'|'$/g, "");
      address = address.slice(i + 1);
    }
    var parts = address.split(":");
    var a = parseCell(parts[0]);
    var b = parts[1] ? parseCell(parts[1]) : a;
    return { sheet: sheet, top: Math.min(a.r, b.r), left: Math.min(a.c, b.c), rows: Math.abs(b.r - a.r) + 1, cols: Math.abs(b.c - a.c) + 1 };
  }
  function addressOf(top, left, rows, cols) {
    var a = colLetters(left) + (top + 1);
    return rows === 1 && cols === 1 ? a : a + ":" + colLetters(left + cols - 1) + (top + rows);
  }
  function bytes(v) {
    return JSON.stringify(v === undefined ? null : v).length;
  }

  function createHost(init) {
    init = init || {};
    var state = { sheets: [], active: null, selection: null, syncs: 0, settings: {}, charts: [], tables: [], calculations: 0, requests: [], date1904: !!init.date1904 };
    var pending = 0; // bytes queued since the last sync
    // The requirement sets this Excel supports (default: all). A member of a later set than supported
    // throws, as it is absent from an older Excel's object model.
    var supported = init.requirements || null;
    function cmp(a, b) {
      var x = String(a).split("."), y = String(b).split(".");
      for (var i = 0; i < Math.max(x.length, y.length); i++) {
        var d = Number(x[i] || 0) - Number(y[i] || 0);
        if (d !== 0) return d;
      }
      return 0;
    }
    function isSetSupported(name, version) {
      if (!supported) return true;
      return supported[name] !== undefined && cmp(supported[name], version || "1.1") >= 0;
    }
    function need(version, member) {
      if (!isSetSupported("ExcelApi", version)) throw new Error("ApiNotFound: " + member + " needs ExcelApi " + version + ", this Excel has " + (supported && supported.ExcelApi));
    }

    function Sheet(name, grid) {
      this.name = name;
      this.cells = new Map(); // "r,c" → { value, formula, numberFormat, fill, bold, color }
      this.visibility = "Visible";
      var self = this;
      (grid || []).forEach(function (row, r) {
        row.forEach(function (v, c) {
          if (v !== null && v !== undefined && v !== "") self.cells.set(r + "," + c, { value: v, formula: null, numberFormat: "General" });
        });
      });
    }
    Sheet.prototype.cell = function (r, c) {
      return this.cells.get(r + "," + c);
    };
    Sheet.prototype.ensure = function (r, c) {
      var k = r + "," + c;
      var x = this.cells.get(k);
      if (!x) {
        x = { value: "", formula: null, numberFormat: "General" };
        this.cells.set(k, x);
      }
      return x;
    };
    Sheet.prototype.used = function (valuesOnly) {
      var top = Infinity, left = Infinity, bottom = -1, right = -1;
      this.cells.forEach(function (x, k) {
        if (valuesOnly && (x.value === "" || x.value === null) && !x.formula) return;
        var rc = k.split(",").map(Number);
        top = Math.min(top, rc[0]); left = Math.min(left, rc[1]); bottom = Math.max(bottom, rc[0]); right = Math.max(right, rc[1]);
      });
      return bottom < 0 ? null : { top: top, left: left, rows: bottom - top + 1, cols: right - left + 1 };
    };
    function sheetNamed(name) {
      for (var i = 0; i < state.sheets.length; i++) if (state.sheets[i].name === name) return state.sheets[i];
      return null;
    }
    Object.keys(init.sheets || { Sheet1: [] }).forEach(function (name) {
      state.sheets.push(new Sheet(name, (init.sheets || {})[name]));
    });
    state.active = sheetNamed(init.active) || state.sheets[0];
    state.selection = init.selection || "A1";

    /** Properties that must be loaded, then synced, before they are read. */
    function Loadable() {
      this._loading = [];
      this._loaded = {};
    }
    Loadable.prototype.load = function (props) {
      if (typeof props === "string") props = props.split(",");
      var self = this;
      (props || []).forEach(function (p) {
        self._loading.push(p.trim().split("/")[0]);
      });
      ctxOf(this)._loads.push(this);
      return this;
    };
    Loadable.prototype._need = function (p) {
      if (!this._loaded[p]) throw new Error("PropertyNotLoaded: " + p + " must be loaded and synced before it is read");
    };
    function ctxOf(o) {
      return o._ctx;
    }

    function Range(ctx, sheet, box, isNull) {
      Loadable.call(this);
      this._ctx = ctx;
      this._sheet = sheet;
      this._box = box;
      this._isNull = !!isNull;
      var self = this;
      this.format = {
        fill: {
          set color(v) {
            self._each(function (x) { x.fill = v; });
          },
        },
        font: {
          set bold(v) {
            self._each(function (x) { x.bold = v; });
          },
          set color(v) {
            self._each(function (x) { x.color = v; });
          },
        },
        autofitColumns: function () {
          need("1.2", "autofitColumns");
        },
        set wrapText(v) {
          self._each(function (x) { x.wrap = v; });
        },
        set rowHeight(v) {
          need("1.2", "rowHeight");
          self._sheet.rowHeights = self._sheet.rowHeights || {};
          self._sheet.rowHeights[self._box.top] = v;
        },
        set columnWidth(v) {
          need("1.2", "columnWidth");
          self._sheet.columnWidths = self._sheet.columnWidths || {};
          self._sheet.columnWidths[self._box.left] = v;
        },
      };
    }
    Range.prototype = Object.create(Loadable.prototype);
    Range.prototype._each = function (f) {
      for (var r = 0; r < this._box.rows; r++) for (var c = 0; c < this._box.cols; c++) f(this._sheet.ensure(this._box.top + r, this._box.left + c));
    };
    Range.prototype._grid = function (prop) {
      var out = [];
      for (var r = 0; r < this._box.rows; r++) {
        var row = [];
        for (var c = 0; c < this._box.cols; c++) {
          var x = this._sheet.cell(this._box.top + r, this._box.left + c);
          row.push(!x ? (prop === "numberFormat" ? "General" : "") : prop === "formulas" ? x.formula || x.value : x[prop === "values" ? "value" : prop]);
        }
        out.push(row);
      }
      return out;
    };
    Range.prototype._set = function (prop, grid) {
      if (!Array.isArray(grid) || grid.length !== this._box.rows || grid.some(function (r) { return !Array.isArray(r); })) {
        throw new Error("InvalidArgument: " + prop + " must be a 2-D array of " + this._box.rows + " rows");
      }
      var self = this;
      grid.forEach(function (row, r) {
        if (row.length !== self._box.cols) throw new Error("InvalidArgument: row " + r + " has " + row.length + " cells, expected " + self._box.cols);
        row.forEach(function (v, c) {
          var x = self._sheet.ensure(self._box.top + r, self._box.left + c);
          if (prop === "values") {
            x.value = v === null ? "" : v;
            // as Excel does: text that starts like a formula becomes one, unless the cell is formatted as text
            x.formula = typeof v === "string" && /^[=+\-@]/.test(v) && x.numberFormat !== "@" ? (v.charAt(0) === "=" ? v : "=" + v) : null;
          } else if (prop === "formulas" || prop === "formulasLocal") {
            var isFormula = typeof v === "string" && v.charAt(0) === "=";
            x.formula = isFormula ? v : null;
            x.value = isFormula ? v : v === null ? "" : v;
          } else x.numberFormat = v;
        });
      });
      pending += bytes(grid);
    };
    ["values", "formulas", "formulasLocal", "numberFormat"].forEach(function (prop) {
      Object.defineProperty(Range.prototype, prop, {
        get: function () {
          this._need(prop);
          return this._grid(prop);
        },
        set: function (v) {
          this._set(prop, v);
        },
      });
    });
    [
      ["address", function () { return this._sheet.name + "!" + addressOf(this._box.top, this._box.left, this._box.rows, this._box.cols); }],
      ["rowIndex", function () { return this._box.top; }],
      ["columnIndex", function () { return this._box.left; }],
      ["rowCount", function () { return this._box.rows; }],
      ["columnCount", function () { return this._box.cols; }],
      ["cellCount", function () { return this._count !== undefined ? this._count : this._box.rows * this._box.cols; }],
      ["isNullObject", function () { return this._isNull; }],
    ].forEach(function (pair) {
      Object.defineProperty(Range.prototype, pair[0], {
        get: function () {
          this._need(pair[0]);
          return pair[1].call(this);
        },
      });
    });
    Range.prototype.getCell = function (r, c) {
      return new Range(this._ctx, this._sheet, { top: this._box.top + r, left: this._box.left + c, rows: 1, cols: 1 });
    };
    Range.prototype.merge = function () {
      need("1.2", "merge");
      this._sheet.merges = (this._sheet.merges || []).concat([addressOf(this._box.top, this._box.left, this._box.rows, this._box.cols)]);
    };
    Range.prototype.clear = function () {
      var self = this;
      for (var r = 0; r < this._box.rows; r++) for (var c = 0; c < this._box.cols; c++) self._sheet.cells.delete(self._box.top + r + "," + (self._box.left + c));
    };
    Range.prototype.getUsedRangeOrNullObject = function (valuesOnly) {
      need("1.4", "getUsedRangeOrNullObject");
      var used = this._sheet.used(valuesOnly);
      var b = this._box;
      if (!used) return new Range(this._ctx, this._sheet, b, true);
      var top = Math.max(b.top, used.top), left = Math.max(b.left, used.left);
      var bottom = Math.min(b.top + b.rows, used.top + used.rows) - 1, right = Math.min(b.left + b.cols, used.left + used.cols) - 1;
      if (bottom < top || right < left) return new Range(this._ctx, this._sheet, b, true);
      // Office shrinks to the cells actually used within the block
      var inner = null;
      for (var r = top; r <= bottom; r++) for (var c = left; c <= right; c++) {
        var x = this._sheet.cell(r, c);
        if (x && ((x.value !== "" && x.value !== null) || x.formula)) {
          inner = inner || { t: r, l: c, b: r, r: c };
          inner.t = Math.min(inner.t, r); inner.l = Math.min(inner.l, c); inner.b = Math.max(inner.b, r); inner.r = Math.max(inner.r, c);
        }
      }
      if (!inner) return new Range(this._ctx, this._sheet, b, true);
      return new Range(this._ctx, this._sheet, { top: inner.t, left: inner.l, rows: inner.b - inner.t + 1, cols: inner.r - inner.l + 1 });
    };
    Range.prototype.getSpecialCellsOrNullObject = function (type) {
      need("1.9", "getSpecialCellsOrNullObject");
      var n = 0;
      var self = this;
      for (var r = 0; r < this._box.rows; r++) for (var c = 0; c < this._box.cols; c++) {
        var x = self._sheet.cell(self._box.top + r, self._box.left + c);
        if (!x) continue;
        if (type === "Formulas" && x.formula) n++;
        if (type === "Constants" && !x.formula && x.value !== "" && x.value !== null) n++;
      }
      var out = new Range(this._ctx, this._sheet, this._box, n === 0);
      out._count = n;
      return out;
    };

    function Worksheet(ctx, sheet, isNull) {
      Loadable.call(this);
      this._ctx = ctx;
      this._sheet = sheet;
      this._isNull = !!isNull;
      var self = this;
      this.charts = {
        add: function (type, range, seriesBy) {
          var b = range._box;
          var chart = { sheet: sheet.name, type: type, range: addressOf(b.top, b.left, b.rows, b.cols), seriesBy: seriesBy, title: { text: "" }, axes: { categoryAxis: { title: { text: "" } }, valueAxis: { title: { text: "" } } }, legend: { position: null, visible: true }, dataLabels: { showValue: false }, setPosition: function (a, e) { chart.position = [a, e]; }, top: 0, left: 0, width: 0, height: 0, name: "" };
          state.charts.push(chart);
          return chart;
        },
      };
      this.tables = {
        add: function (address, hasHeaders) {
          var t = { sheet: sheet.name, address: address, hasHeaders: hasHeaders, name: "", style: "", showTotals: false };
          state.tables.push(t);
          return t;
        },
      };
    }
    Worksheet.prototype = Object.create(Loadable.prototype);
    Object.defineProperty(Worksheet.prototype, "name", {
      get: function () {
        this._need("name");
        return this._sheet.name;
      },
    });
    Object.defineProperty(Worksheet.prototype, "isNullObject", {
      get: function () {
        this._need("isNullObject");
        return this._isNull;
      },
    });
    Object.defineProperty(Worksheet.prototype, "visibility", {
      get: function () {
        return this._sheet.visibility;
      },
      set: function (v) {
        need("1.2", "visibility (set)");
        this._sheet.visibility = v;
      },
    });
    Worksheet.prototype.getRange = function (address) {
      var box = parseAddress(address || "A1");
      return new Range(this._ctx, this._sheet, box);
    };
    Worksheet.prototype.getRanges = function (addresses) {
      need("1.9", "getRanges");
      var self = this;
      var ranges = addresses.split(",").map(function (a) { return self.getRange(a); });
      return {
        format: {
          fill: {
            set color(v) {
              ranges.forEach(function (r) { r.format.fill.color = v; });
            },
          },
        },
      };
    };
    Worksheet.prototype.getUsedRange = function (valuesOnly) {
      if (valuesOnly !== undefined) need("1.2", "getUsedRange(valuesOnly)");
      var used = this._sheet.used(valuesOnly);
      if (!used) return new Range(this._ctx, this._sheet, { top: 0, left: 0, rows: 1, cols: 1 });
      return new Range(this._ctx, this._sheet, used);
    };
    Worksheet.prototype.getCell = function (r, c) {
      return new Range(this._ctx, this._sheet, { top: r, left: c, rows: 1, cols: 1 });
    };
    Worksheet.prototype.delete = function () {
      var i = state.sheets.indexOf(this._sheet);
      if (i >= 0) state.sheets.splice(i, 1);
    };
    Worksheet.prototype.activate = function () {
      state.active = this._sheet;
    };

    function Context() {
      var ctx = this;
      this._loads = [];
      var sheetsLoad = new Loadable();
      sheetsLoad._ctx = ctx;
      this.workbook = {
        worksheets: Object.assign(sheetsLoad, {
          getActiveWorksheet: function () {
            return new Worksheet(ctx, state.active);
          },
          getItem: function (name) {
            var s = sheetNamed(name);
            if (!s) throw new Error("ItemNotFound: sheet " + name);
            return new Worksheet(ctx, s);
          },
          getItemOrNullObject: function (name) {
            need("1.4", "getItemOrNullObject");
            var s = sheetNamed(name);
            return new Worksheet(ctx, s || new Sheet(name, []), !s);
          },
          add: function (name) {
            if (sheetNamed(name)) throw new Error("ItemAlreadyExists: " + name);
            var s = new Sheet(name, []);
            state.sheets.push(s);
            return new Worksheet(ctx, s);
          },
        }),
        getSelectedRange: function () {
          var box = parseAddress(state.selection);
          return new Range(ctx, state.active, box);
        },
        getActiveCell: function () {
          need("1.7", "getActiveCell");
          var box = parseAddress(state.selection);
          return new Range(ctx, state.active, { top: box.top, left: box.left, rows: 1, cols: 1 });
        },
        /** Worksheet functions (ExcelApi 1.2): DATE as the workbook's date system counts it. */
        get functions() {
          need("1.2", "functions");
          return {
            date: function (y, m, d) {
              var r = new Loadable();
              r._ctx = ctx;
              var serial = Math.round(Date.UTC(y, m - 1, d) / 86400000) + 25569 - (state.date1904 ? 1462 : 0);
              Object.defineProperty(r, "value", {
                get: function () {
                  r._need("value");
                  return serial;
                },
              });
              return r;
            },
          };
        },
        application: {
          calculate: function () {
            state.calculations++;
          },
        },
      };
      Object.defineProperty(this.workbook.worksheets, "items", {
        get: function () {
          sheetsLoad._need("items");
          return state.sheets.map(function (s) {
            var w = new Worksheet(ctx, s);
            w._loaded.name = true;
            return w;
          });
        },
      });
    }
    Context.prototype.sync = function () {
      state.syncs++;
      var size = pending;
      pending = 0;
      state.requests.push(size);
      this._loads.forEach(function (o) {
        o._loading.forEach(function (p) {
          o._loaded[p] = true;
        });
        o._loading = [];
      });
      this._loads = [];
      if (size > LIMIT) return Promise.reject(new Error("RequestPayloadSizeLimitExceeded: " + size + " bytes in one request"));
      return Promise.resolve();
    };

    var Excel = {
      run: function (fn) {
        return Promise.resolve().then(function () {
          return fn(new Context());
        });
      },
      SpecialCellType: { constants: "Constants", formulas: "Formulas" },
      SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
      ClearApplyTo: { all: "All", contents: "Contents", formats: "Formats" },
      CalculationType: { full: "Full", recalculate: "Recalculate" },
      ChartType: { columnClustered: "ColumnClustered", pie: "Pie", barClustered: "BarClustered", columnStacked: "ColumnStacked" },
      ChartSeriesBy: { auto: "Auto", columns: "Columns", rows: "Rows" },
      ChartLegendPosition: { right: "Right", bottom: "Bottom", top: "Top" },
    };

    var Office = {
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      HostType: { Excel: "Excel" },
      onReady: function (cb) {
        var info = { host: "Excel", platform: "PC" };
        if (cb) setTimeout(function () { cb(info); }, 0);
        return Promise.resolve(info);
      },
      context: {
        displayLanguage: init.language || "zh-CN",
        requirements: { isSetSupported: isSetSupported },
        document: {
          settings: {
            get: function (k) {
              return Object.prototype.hasOwnProperty.call(state.settings, k) ? JSON.parse(JSON.stringify(state.settings[k])) : null;
            },
            set: function (k, v) {
              state.settings[k] = JSON.parse(JSON.stringify(v));
            },
            remove: function (k) {
              delete state.settings[k];
            },
            saveAsync: function (cb) {
              setTimeout(function () {
                if (cb) cb({ status: "succeeded" });
              }, 0);
            },
          },
        },
      },
    };

    /** The custom-functions runtime: the add-in registers its functions here on load. */
    var functions = {};
    function CfError(code, message) {
      this.code = code;
      this.message = message;
    }
    var CustomFunctions = {
      associate: function (id, fn) {
        if (typeof id === "object") Object.keys(id).forEach(function (k) { functions[k] = id[k]; });
        else functions[id] = fn;
      },
      Error: CfError,
      ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
    };

    var api = {
      Office: Office,
      Excel: Excel,
      CustomFunctions: CustomFunctions,
      functions: functions,
      state: state,
      /** The values of a sheet as a grid (for assertions). */
      dump: function (name) {
        var s = sheetNamed(name) || state.active;
        var used = s.used(false);
        if (!used) return [];
        var out = [];
        for (var r = 0; r < used.top + used.rows; r++) {
          var row = [];
          for (var c = 0; c < used.left + used.cols; c++) {
            var x = s.cell(r, c);
            row.push(x ? x.value : "");
          }
          out.push(row);
        }
        return out;
      },
      cell: function (name, address) {
        var s = sheetNamed(name);
        var a = parseCell(address);
        return s ? s.cell(a.r, a.c) || null : null;
      },
      sheetNames: function () {
        return state.sheets.map(function (s) { return s.name + (s.visibility === "Visible" ? "" : " (" + s.visibility + ")"); });
      },
      select: function (address, sheet) {
        if (sheet) state.active = sheetNamed(sheet);
        state.selection = address;
      },
    };
    return api;
  }

  if (typeof module !== "undefined" && module.exports) {
    module.exports = { createHost: createHost };
  } else {
    var host = createHost(root.__fakeExcelInit);
    root.Office = host.Office;
    root.Excel = host.Excel;
    root.CustomFunctions = host.CustomFunctions;
    root.__fakeExcel = host;
  }
})(typeof window !== "undefined" ? window : globalThis);
