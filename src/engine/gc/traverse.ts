// What the collector visits from an object (tp_traverse), where that differs from the references the
// object holds. 3.13+ keeps an instance's attribute values inline in the object even once its __dict__
// was asked for: the dict then only points at them, so subtype_traverse visits the values and the dict's
// own traverse visits nothing (PyObject_VisitManagedDict; dict_traverse of a dict with inline values).
// The simulator stores the values in that dict, so the collector reroutes the visits.
import type { Profile } from '../profiles/types';
import type { PyObject } from '../objects/object';
import { PyDict } from '../objects/containers';
import { hasInstanceState } from '../objects/instance';

/** Dicts made from a Python instance's inline values (obj.__dict__), with the instance whose values they are. */
const INLINE = new WeakMap<PyObject, PyObject & { dict: PyObject | null }>();

/** obj.__dict__ was made from the instance's inline values (_PyObject_MaterializeManagedDict). */
export function markValuesInline(dict: PyDict, owner: PyObject & { dict: PyObject | null }): void {
  INLINE.set(dict, owner);
}

/** The dict took its own copy of the values (a __class__ assignment, a name its shared keys refuse). */
export function detachValues(dict: PyObject | null): void {
  if (dict) INLINE.delete(dict);
}

/**
 * Whether `dict` is an instance's __dict__ still pointing at its inline values (3.13+: visits nothing). Once the
 * instance is gone or has another dict, the dict owns its values (_PyObject_ClearManagedDict detaches it).
 */
export function sharesInlineValues(dict: PyObject | null): dict is PyDict {
  if (!(dict instanceof PyDict)) return false;
  const owner = INLINE.get(dict);
  return owner !== undefined && !owner.freed && owner.dict === dict;
}

export function gcVisitor(profile: Profile): (obj: PyObject, visit: (child: PyObject) => void) => void {
  if (!profile.sizes.materializedDictEmbedsValues) return (obj, visit) => obj.gcTraverse(visit);
  return (obj, visit) => {
    if (sharesInlineValues(obj)) return;
    if (hasInstanceState(obj) && sharesInlineValues(obj.dict)) {
      const dict = obj.dict;
      obj.gcTraverse((child) => {
        if (child !== dict) visit(child);
        else for (const { value } of dict.entries.values()) visit(value);
      });
      return;
    }
    obj.gcTraverse(visit);
  };
}
