"""Structural diff of two policy JSON files after mapping id NEW back to OLD: python3 jdiff.py a.json b.json OLD NEW"""
import json,sys
a=json.load(open(sys.argv[1])); b=json.load(open(sys.argv[2]))
old,new=sys.argv[3],sys.argv[4]
b=json.loads(json.dumps(b,ensure_ascii=False).replace(new,old))
n=0
def diff(x,y,path=''):
    global n
    if type(x)!=type(y): print('TYPE',path,repr(x)[:100],'->',repr(y)[:100]); n+=1; return
    if isinstance(x,dict):
        for k in sorted(set(x)|set(y)):
            if k not in x: print('ADDED',path+'.'+k, repr(y[k])[:100]); n+=1
            elif k not in y: print('LOST',path+'.'+k, repr(x[k])[:100]); n+=1
            else: diff(x[k],y[k],path+'.'+k)
    elif isinstance(x,list):
        if len(x)!=len(y): print('LEN',path,len(x),len(y)); n+=1
        for i,(u,v) in enumerate(zip(x,y)): diff(u,v,f'{path}[{i}]')
    elif x!=y: print('VAL',path,repr(x)[:100],'->',repr(y)[:100]); n+=1
diff(a,b); print('differences:',n)
